import type { Handler } from '../../shared/handler'
import { loadBodyInScope } from '../command-body-scope'
import { commandBodyView } from '../command-body-view'

export const getCommandBody: Handler<'org', 'getCommandBody'> = async (input, ctx) => {
  const { body, unitName } = await loadBodyInScope(ctx, input.bodyId, [
    'admin',
    'supervisor',
    'township_leader',
  ])
  return commandBodyView(body, unitName)
}
