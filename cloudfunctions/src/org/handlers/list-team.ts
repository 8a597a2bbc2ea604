import { AppError } from '@contract/errors'
import { postingViewSchema } from '@contract/api/org-postings'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { viewsOf } from '../../shared/list-views'
import { namesByIds } from '../../shared/people'
import { postingsOfVillage } from '../../shared/postings'
import { postingView } from '../posting-view'
import { loadUnitInScope } from '../scope'

/** A village's 工作队: who serves now (队长 first), and everyone who served before, newest first. */
export const listTeam: Handler<'org', 'listTeam'> = async (input, ctx) => {
  const village = await loadUnitInScope(ctx, input.villageId, ['admin', 'supervisor', 'township_leader'])
  if (village.level !== 'village')
    throw new AppError('invalid-argument', '请选择行政村', { field: 'villageId' })
  const all = await postingsOfVillage(ctx.db, village._id)
  const successors = await namesByIds(
    ctx.db,
    all.flatMap((p) => (p.successorId ? [p.successorId] : [])),
  )
  const names = { villages: new Map([[village._id, village.name]]), people: successors }
  const today = shanghaiDay(ctx.now)
  const active = all
    .filter((p) => p.status === 'active')
    .sort((a, b) =>
      a.teamRole === b.teamRole ? a.startDay.localeCompare(b.startDay) : a.teamRole === 'leader' ? -1 : 1,
    )
  const ended = all
    .filter((p) => p.status === 'ended')
    .sort((a, b) => (b.endedDay ?? '').localeCompare(a.endedDay ?? ''))
  const a = viewsOf(ctx, active, (p) => postingView(p, names, today), postingViewSchema)
  const e = viewsOf(ctx, ended, (p) => postingView(p, names, today), postingViewSchema)
  return {
    villageId: village._id,
    villageName: village.name,
    active: a.items,
    ended: e.items,
    skipped: a.skipped + e.skipped,
  }
}
