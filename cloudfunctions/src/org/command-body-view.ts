import type { CommandBody, Membership } from '@contract/domain/command-body'
import type { CommandBodySummary } from '@contract/api/org-command-bodies'
import { COMMAND_KIND_LABELS, COMMAND_REPORT_CADENCE, commandRoleLabel } from '@contract/domain/command-body'
import type { CommandBodyDoc, MembershipDoc } from './repo-command-bodies'

function membershipView(body: CommandBodyDoc, m: MembershipDoc): Membership {
  return { ...m, roleLabel: commandRoleLabel(body.unitLevel, m.role) }
}

/** Leaders and members serving now (by the day they joined), and past memberships, newest end first. */
export function commandBodyView(body: CommandBodyDoc, unitName: string): CommandBody {
  const serving = body.memberships
    .filter((m) => m.untilDay === null)
    .sort((a, b) => a.fromDay.localeCompare(b.fromDay))
  const history = body.memberships
    .filter((m) => m.untilDay !== null)
    .sort((a, b) => (b.untilDay ?? '').localeCompare(a.untilDay ?? ''))
  return {
    id: body._id,
    unitId: body.unitId,
    unitName,
    unitLevel: body.unitLevel,
    kindLabel: COMMAND_KIND_LABELS[body.unitLevel],
    cadence: COMMAND_REPORT_CADENCE[body.unitLevel],
    name: body.name,
    leaders: serving.filter((m) => m.role === 'leader').map((m) => membershipView(body, m)),
    members: serving.filter((m) => m.role === 'member').map((m) => membershipView(body, m)),
    history: history.map((m) => membershipView(body, m)),
  }
}

export function commandBodySummary(body: CommandBodyDoc, unitName: string): CommandBodySummary {
  const serving = body.memberships.filter((m) => m.untilDay === null)
  return {
    id: body._id,
    unitId: body.unitId,
    unitName,
    unitLevel: body.unitLevel,
    kindLabel: COMMAND_KIND_LABELS[body.unitLevel],
    name: body.name,
    leaderNames: serving.filter((m) => m.role === 'leader').map((m) => m.personName),
    memberCount: serving.length,
  }
}
