import { AppError } from '@contract/errors'
import { SUPERVISING_ROLES } from '@contract/domain/role'
import { LEAVE_TYPE_LABELS, LEAVE_TYPES, ratingSuggestion } from '@contract/domain/presence'
import { DAY_STATUS_LABELS, monthLeavesOf, monthRecord } from '@contract/domain/presence-month'
import { subsidyAmount } from '@contract/domain/leave-policy'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { requireInScope, scopeUnitIds } from '../../shared/auth'
import { getUnitsByIds } from '../../shared/org-units'
import type { PersonDoc } from '../../shared/docs'
import { countyIdOrThrow } from '../../shared/org-tree'
import { logsOfPersonMonth } from '../repo-days'
import { daysOfPersonMonth } from '../../shared/presence-days'
import { leavesOfPerson } from '../../shared/presence-leaves'
import { monthRulesAt } from '../../shared/presence-policy'
import { getPerson } from '../../shared/people'
import { unexcusedSince } from '../../shared/presence-absences'
import { signNoteOf, signReviewOf } from '../sign-note-view'

/** The month of the caller, or (for a supervisor) of a person in their scope: days, meter, signs. */
export const getMonth: Handler<'presence', 'getMonth'> = async (input, ctx) => {
  const self = ctx.caller.person
  const person: PersonDoc | null =
    !input.personId || input.personId === self._id ? self : await getPerson(ctx.db, input.personId)
  if (!person) throw new AppError('not-found', '未找到该人员')
  const home = (await getUnitsByIds(ctx.db, [person.homeUnitId])).get(person.homeUnitId)
  if (!home) throw new AppError('failed-precondition', '该人员的所属单位不存在')
  if (person._id !== self._id) requireInScope(home.path, scopeUnitIds(ctx.caller, SUPERVISING_ROLES))
  countyIdOrThrow(home) // a person outside any county has no month to show: the same Chinese refusal as before
  const [{ policy, leave: rules }, days, logs, leaves, absences] = await Promise.all([
    monthRulesAt(ctx.db, home),
    daysOfPersonMonth(ctx.db, person._id, input.month),
    logsOfPersonMonth(ctx.db, person._id, input.month),
    leavesOfPerson(ctx.db, person._id),
    unexcusedSince(ctx.db, person._id, `${input.month.slice(0, 4)}-01-01`),
  ])
  const record = monthRecord({
    month: input.month,
    today: shanghaiDay(ctx.now),
    requiredDays: policy.requiredDays,
    presentDays: days.filter((d) => d.counted).map((d) => d.day),
    leaves: monthLeavesOf(leaves, rules),
  })
  const byDay = new Map(days.map((d) => [d.day, d]))
  const logByDay = new Map(logs.map((l) => [l.day, l.text]))
  // Absences later in the year do not belong to this month's view of the record.
  const unexcused = absences.filter((a) => a.month <= input.month).length
  return {
    person: { id: person._id, name: person.name, villageName: home.level === 'village' ? home.name : '' },
    month: input.month,
    policy,
    days: record.days.map(({ day, status }) => {
      const d = byDay.get(day)
      return {
        day,
        status,
        statusLabel: DAY_STATUS_LABELS[status],
        attempted: !!d && !d.counted,
        syncedLate: d?.syncedLate ?? false,
        signs: d?.signs ?? [],
        signNote: signNoteOf(d),
        signReview: signReviewOf(d),
        log: logByDay.get(day) ?? null,
      }
    }),
    presentDays: record.presentDays,
    leaveDays: record.leaveDays,
    countedLeaveDays: record.countedLeaveDays,
    excusedDays: record.excusedDays,
    leaveByType: LEAVE_TYPES.map((t) => ({
      type: t,
      label: LEAVE_TYPE_LABELS[t],
      days: record.leaveByType[t],
      counts: rules.counts[t],
    })),
    awayDays: record.awayDays,
    requiredDays: record.requiredDays,
    countedDays: record.countedDays,
    dailySubsidy: rules.dailySubsidy,
    subsidyAmount: subsidyAmount(record.countedDays, rules.dailySubsidy),
    shortfall: record.shortfall,
    met: record.met,
    unexcusedAbsences: unexcused,
    suggestion: ratingSuggestion(unexcused),
  }
}
