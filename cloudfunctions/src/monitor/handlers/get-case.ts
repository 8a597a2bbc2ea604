import type { Handler } from '../../shared/handler'
import { caseInScope } from '../scope'
import { caseDetail } from '../views'

export const getCase: Handler<'monitor', 'getCase'> = async (input, ctx) =>
  caseDetail(ctx, await caseInScope(ctx, input.caseId))
