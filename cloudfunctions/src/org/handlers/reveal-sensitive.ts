import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { decrypt } from '../../shared/sensitive'
import { writeAudit } from '../../shared/audit'
import { requireInScope, scopeUnitIds } from '../../shared/auth'
import { getHousehold } from '../../shared/households'
import { loadPersonInScope } from '../scope'

const FIELD_LABELS = { phone: '手机号', idNumber: '身份证号' } as const

/** The one way a full ID or phone number leaves the database, and it is written down. */
export const revealSensitive: Handler<'org', 'revealSensitive'> = async (input, ctx) => {
  let name: string
  let stored: string | null | undefined
  if (input.targetType === 'person') {
    const { person } = await loadPersonInScope(ctx, input.targetId, ['admin'])
    name = person.name
    stored = input.field === 'phone' ? person.phoneEnc : person.idEnc
  } else {
    const household = await getHousehold(ctx.db, input.targetId)
    if (!household) throw new AppError('not-found', '农户不存在')
    requireInScope(household.unitPath, scopeUnitIds(ctx.caller, ['admin']))
    if (household.piiErasedAt)
      throw new AppError(
        'failed-precondition',
        `该户已移出，完整${FIELD_LABELS[input.field]}已按保留期限清除`,
      )
    name = `${household.headName}户`
    stored = input.field === 'phone' ? household.phoneEnc : household.idEnc
  }
  if (!stored) throw new AppError('not-found', `未登记${FIELD_LABELS[input.field]}`)
  await writeAudit(ctx, input.targetType, input.targetId, `查看「${name}」的完整${FIELD_LABELS[input.field]}`)
  return { value: decrypt(stored) }
}
