import { AppError } from '@contract/errors'
import { isValidIdNumber, isValidMobile, normalizeIdNumber, normalizePhone } from '@contract/domain/id-number'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { getHousehold } from '../../shared/households'
import { unitByCode } from '../../shared/org-units'
import { keyedHash } from '../../shared/sensitive'
import { APPLY_ATTEMPTS_PER_HOUR, applyCodeKey } from '../apply-code'
import { createCase } from '../new-case'
import {
  consumeApplyCode,
  findApplyCode,
  giveApplySlotBack,
  linkApplyCode,
  releaseApplyCode,
  takeApplySlot,
} from '../repo-codes'
import { tellStep } from '../tell'

const NO_MATCH = '验证码、身份证号或手机号不匹配，请核对，或到村委会当面申报'

/**
 * 农户自主申报 on the village's public page: the head's ID number and phone must be those on record,
 * and the code the village cadre gave them (standing in for an SMS) must be theirs, unused and in date.
 */
export const submitApplication: Handler<'monitor', 'submitApplication'> = async (input, ctx) => {
  const openid = ctx.caller.openid
  if (!openid) throw new AppError('failed-precondition', '请在微信中打开小程序后申报')
  const idNumber = normalizeIdNumber(input.idNumber)
  if (!isValidIdNumber(idNumber))
    throw new AppError('invalid-argument', '身份证号不正确', { field: 'idNumber' })
  const phone = normalizePhone(input.phone)
  if (!isValidMobile(phone)) throw new AppError('invalid-argument', '手机号不正确', { field: 'phone' })
  const village = await unitByCode(ctx.db, input.villageCode)
  if (!village || village.level !== 'village') throw new AppError('not-found', '未找到该村')
  const slot = await takeApplySlot(ctx.db, openid, APPLY_ATTEMPTS_PER_HOUR, ctx.now)
  if (!slot) throw new AppError('failed-precondition', '尝试次数过多，请一小时后再试')
  const codeHash = keyedHash(applyCodeKey(input.code))
  const code = await findApplyCode(ctx.db, codeHash)
  const h = code ? await getHousehold(ctx.db, code.householdId) : null
  if (
    !code ||
    !h ||
    code.usedAt ||
    code.expiresAt.getTime() <= ctx.now.getTime() ||
    h.villageId !== village._id ||
    h.idHash !== keyedHash(idNumber) ||
    (h.phoneHash !== null && h.phoneHash !== keyedHash(phone))
  )
    throw new AppError('not-found', NO_MATCH)
  // The code is taken first, so two submissions with one code cannot both start a case.
  if (!(await consumeApplyCode(ctx.db, codeHash, ctx.now))) throw new AppError('not-found', NO_MATCH)
  const doc = await createCase(ctx, h, {
    kind: 'inclusion',
    source: 'self',
    sourceRef: code._id,
    risks: input.risks,
    incomePerCapita: input.incomePerCapita ?? null,
    rigidExpense: input.rigidExpense ?? null,
    byId: '',
    byName: '农户本人（微信申报）',
    starterOpenid: openid,
    note: input.text,
  }).catch(async (err: unknown) => {
    await releaseApplyCode(ctx.db, code._id)
    throw err
  })
  await linkApplyCode(ctx.db, code._id, doc._id)
  // A successful application does not count against the villager's attempts.
  await giveApplySlotBack(ctx.db, slot)
  await writeAudit(ctx, 'monitor_case', doc._id, `${doc.headName}户通过本村公开页自主申报`)
  await tellStep(ctx, doc, doc.history[0])
  return { caseId: doc._id, villageName: village.name }
}
