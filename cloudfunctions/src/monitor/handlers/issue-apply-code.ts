import { randomUUID } from 'node:crypto'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { keyedHash } from '../../shared/sensitive'
import { APPLY_CODE_DAYS, applyCodeKey, newApplyCode, showApplyCode } from '../apply-code'
import { refusalFor } from '../new-case'
import { expireOpenCodes, insertApplyCode } from '../repo-codes'
import { villageHousehold } from '../scope'
import { AppError } from '@contract/errors'
import { maskName } from '@contract/domain/visit-mask'

/** The code is shown once, to the cadre who hands it to the household at the village; the issue is audited. */
export const issueApplyCode: Handler<'monitor', 'issueApplyCode'> = async (input, ctx) => {
  const h = await villageHousehold(ctx, input.householdId)
  const refused = await refusalFor(ctx, h, 'inclusion')
  if (refused) throw new AppError('failed-precondition', refused)
  await expireOpenCodes(ctx.db, h._id, ctx.now)
  const code = newApplyCode()
  const expiresAt = new Date(ctx.now.getTime() + APPLY_CODE_DAYS * 24 * 3600 * 1000)
  await insertApplyCode(ctx.db, {
    _id: `mac-${randomUUID().replace(/-/g, '').slice(0, 20)}`,
    codeHash: keyedHash(applyCodeKey(code)),
    householdId: h._id,
    villageId: h.villageId,
    issuedById: ctx.caller.person._id,
    issuedByName: ctx.caller.person.name,
    createdAt: ctx.now,
    expiresAt,
    usedAt: null,
    caseId: null,
  })
  await writeAudit(ctx, 'household', h._id, `为${maskName(h.headName)}户生成自主申报验证码`)
  return { code: showApplyCode(code), expiresAt: expiresAt.toISOString(), headName: maskName(h.headName) }
}
