import { AppError } from '@contract/errors'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { postingView } from '../posting-view'
import { startPosting } from '../posting-start'
import { tellPostingStarted } from '../posting-tell'
import { loadPersonInScope, loadUnitInScope } from '../scope'

/** The county admin posts a cadre to a village's 工作队 for a term (队长 or 队员, 期次, dates). */
export const postCadre: Handler<'org', 'postCadre'> = async (input, ctx) => {
  const village = await loadUnitInScope(ctx, input.villageId, ['admin'])
  if (village.level !== 'village')
    throw new AppError('invalid-argument', '只能选派到行政村', { field: 'villageId' })
  const { person } = await loadPersonInScope(ctx, input.personId, ['admin'])
  const posting = await startPosting(ctx, village, person, input)
  if (posting.createdAt.getTime() === ctx.now.getTime()) {
    await writeAudit(
      ctx,
      'posting',
      posting._id,
      `选派「${person.name}」到${village.name}任${input.teamRole === 'leader' ? '队长' : '队员'}（${input.batch}，${input.startDay} 至 ${input.plannedEndDay}）`,
    )
    await tellPostingStarted(ctx, posting)
  }
  const names = { villages: new Map([[village._id, village.name]]), people: new Map<string, string>() }
  return postingView(posting, names, shanghaiDay(ctx.now))
}
