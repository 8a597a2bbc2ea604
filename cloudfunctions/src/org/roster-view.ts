import { ROSTER_DECISION_LABELS } from '@contract/domain/roster-review'
import type { RosterCase } from '@contract/api/org-roster'
import type { RosterDecisionDoc } from './repo-roster'
import type { RosterFacts } from './roster-cases'

/** The latest decision per case (decisions come oldest first). */
export function latestByKey(decisions: readonly RosterDecisionDoc[]): Map<string, RosterDecisionDoc> {
  const map = new Map<string, RosterDecisionDoc>()
  for (const d of decisions) map.set(d.key, d)
  return map
}

/** A case with its decision, when one was made on or after the day its facts last changed. */
export function rosterCaseView(c: RosterFacts, latest: RosterDecisionDoc | undefined): RosterCase {
  const d = latest && latest.decidedDay >= c.since ? latest : null
  return {
    key: c.key,
    sign: c.sign,
    signLabel: c.signLabel,
    personId: c.personId,
    personName: c.personName,
    postingId: c.postingId,
    villageId: c.villageId,
    villageName: c.villageName,
    townshipName: c.townshipName,
    facts: c.facts,
    decision: d
      ? {
          id: d._id,
          decision: d.decision,
          decisionLabel: ROSTER_DECISION_LABELS[d.decision],
          reason: d.reason,
          decidedByName: d.decidedByName,
          decidedAt: new Date(d.decidedAt).toISOString(),
        }
      : null,
  }
}
