import { rosterCaseSchema } from '@contract/api/org-roster'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { decisionsOfCounty } from '../repo-roster'
import { rosterCases } from '../roster-cases'
import { latestByKey, rosterCaseView } from '../roster-view'
import { adminCounty } from '../settings-view'

const YEAR_MS = 365 * 86_400_000

/** The county's 排查: cases still open, and those decided (with who decided and why). Facts, no ranking. */
export const listRosterReview: Handler<'org', 'listRosterReview'> = async (_input, ctx) => {
  const county = await adminCounty(ctx)
  const today = shanghaiDay(ctx.now)
  const [cases, decisions] = await Promise.all([
    rosterCases(ctx, county, today),
    decisionsOfCounty(ctx.db, county._id, new Date(ctx.now.getTime() - YEAR_MS)),
  ])
  const latest = latestByKey(decisions)
  const { items, skipped } = viewsOf(
    ctx,
    cases.map((c) => ({ ...c, _id: c.key })),
    (c) => rosterCaseView(c, latest.get(c.key)),
    rosterCaseSchema,
  )
  // Grouped by place, never by any measure of the person.
  const order = (a: (typeof items)[number], b: (typeof items)[number]) =>
    a.townshipName.localeCompare(b.townshipName, 'zh') ||
    a.villageName.localeCompare(b.villageName, 'zh') ||
    a.key.localeCompare(b.key)
  return {
    day: today,
    open: items.filter((c) => !c.decision).sort(order),
    decided: items.filter((c) => c.decision).sort(order),
    skipped,
  }
}
