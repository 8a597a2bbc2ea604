import { AppError } from '@contract/errors'
import { pathInScope } from '../shared/auth'
import type { HandlerContext } from '../shared/context'
import type { ObjectionDoc } from './docs'
import { getObjection } from './repo-notices'
import { OBJECTION_HANDLER_ROLES, scopeOf } from './scope'

/** An objection the caller handles: its notice's unit lies in their scope. */
export async function objectionInScope(ctx: HandlerContext, id: string): Promise<ObjectionDoc> {
  const doc = await getObjection(ctx.db, id)
  if (!doc) throw new AppError('not-found', '未找到该异议')
  if (!pathInScope(doc.path, new Set(scopeOf(ctx, OBJECTION_HANDLER_ROLES)))) throw new AppError('permission-denied', '该异议不在您的管辖范围内')
  return doc
}
