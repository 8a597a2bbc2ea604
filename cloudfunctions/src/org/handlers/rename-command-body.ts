import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { loadBodyInScope } from '../command-body-scope'
import { renameCommandBodyDoc } from '../repo-command-bodies'
import { commandBodyView } from '../command-body-view'

/** A new name for the body; the same name changes nothing and writes no audit line. */
export const renameCommandBody: Handler<'org', 'renameCommandBody'> = async (input, ctx) => {
  const { body, unitName } = await loadBodyInScope(ctx, input.bodyId, ['admin'])
  if (body.name === input.name) return commandBodyView(body, unitName)
  await renameCommandBodyDoc(ctx.db, body._id, input.name, ctx.now)
  await writeAudit(ctx, 'command_body', body._id, `「${body.name}」更名为「${input.name}」`)
  return commandBodyView({ ...body, name: input.name }, unitName)
}
