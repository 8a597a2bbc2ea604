import { AppError } from '@contract/errors'
import { DEFAULT_PRESENCE_RADIUS_M } from '@contract/domain/org-unit'
import type { Handler } from '../../shared/handler'
import type { OrgUnitDoc } from '../../shared/docs'
import { writeAudit } from '../../shared/audit'
import { unitCenter, updateVillageSettings } from '../../shared/org-units'
import { loadUnitInScope } from '../scope'

const yesNo = (b: boolean) => (b ? '是' : '否')

/** The county admin sets a village's check-in point (wgs84), radius and flags; import is no longer the only way. */
export const updateVillage: Handler<'org', 'updateVillage'> = async (input, ctx) => {
  const unit = await loadUnitInScope(ctx, input.villageId, ['admin'])
  if (unit.level !== 'village')
    throw new AppError('invalid-argument', '只能设置行政村的村部位置', { field: 'villageId' })
  if (!input.center && input.radiusM === undefined && !input.flags)
    throw new AppError('invalid-argument', '请至少修改一项')
  const patch: Pick<OrgUnitDoc, 'center' | 'radiusM' | 'flags'> = {
    center: input.center ? { type: 'Point', coordinates: [input.center.lng, input.center.lat] } : undefined,
    radiusM: input.radiusM,
    flags: input.flags,
  }
  await updateVillageSettings(ctx.db, unit._id, patch, ctx.now)
  const changes: string[] = []
  if (input.center) changes.push(`村部位置 ${input.center.lat.toFixed(6)},${input.center.lng.toFixed(6)}`)
  if (input.radiusM !== undefined)
    changes.push(`签到半径 ${unit.radiusM ?? DEFAULT_PRESENCE_RADIUS_M}→${input.radiusM} 米`)
  if (input.flags) changes.push(`贫困村：${yesNo(input.flags.poor)}，软弱涣散村：${yesNo(input.flags.weak)}`)
  await writeAudit(ctx, 'org_unit', unit._id, `设置「${unit.name}」${changes.join('；')}`)
  return {
    villageId: unit._id,
    center: input.center ?? unitCenter(unit),
    radiusM: input.radiusM ?? unit.radiusM ?? DEFAULT_PRESENCE_RADIUS_M,
    flags: input.flags ?? unit.flags ?? { poor: false, weak: false },
  }
}
