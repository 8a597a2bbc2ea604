import { AppError } from '@contract/errors'
import { VISIT_FORM_VERSION } from '@contract/domain/visit-form'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { standingOn } from '../access'
import type { VisitVersionDoc } from '../docs'
import { findVersionByClientId, getVisitDoc, saveCorrection } from '../repo-visits'
import { noteCorrectedIncome } from '../note-income'

/**
 * A correction is a new version with a reason; the earlier versions stay as they were. It changes
 * what was found, never when or where, so coverage and counters are left alone; a corrected 人均纯收入
 * reaches the household while this visit is its latest with one.
 */
export const correctVisit: Handler<'visit', 'correctVisit'> = async (input, ctx) => {
  const me = ctx.caller.person
  const visit = await getVisitDoc(ctx.db, input.visitId)
  if (!visit) throw new AppError('not-found', '未找到该走访记录')
  const again = await findVersionByClientId(ctx.db, visit._id, input.clientId)
  if (again) return { visitId: visit._id, version: again.version, duplicate: true }
  const standing = standingOn(ctx.caller, visit.path, visit.pairingCadreIds)
  if (visit.authorId !== me._id && !standing.team)
    throw new AppError('permission-denied', '只有走访人或本村工作队可以更正走访')
  if (visit.version !== input.baseVersion)
    throw new AppError('conflict', `该走访已被更正为第 ${visit.version} 版，请刷新后再更正`)
  const version = visit.version + 1
  const doc: VisitVersionDoc = {
    _id: `${visit._id}-v${version}`,
    visitId: visit._id,
    version,
    form: input.form,
    formVersion: VISIT_FORM_VERSION,
    at: ctx.now,
    byId: me._id,
    byName: me.name,
    reason: input.reason,
    clientId: input.clientId,
  }
  const data = {
    form: input.form,
    formVersion: VISIT_FORM_VERSION,
    version,
    status: 'submitted',
    updatedAt: ctx.now,
  }
  await saveCorrection(ctx.db, visit._id, input.baseVersion, data, doc)
  await noteCorrectedIncome(ctx.db, visit, visit.form, input.form)
  await writeAudit(ctx, 'visit', visit._id, `更正走访为第 ${version} 版：${input.reason}`)
  return { visitId: visit._id, version, duplicate: false }
}
