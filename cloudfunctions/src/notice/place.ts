import { AppError } from '@contract/errors'
import type { OrgUnitDoc } from '../shared/docs'

/** Where a unit sits: a notice is for a village or a township; ids are read off its path. */
export function placeOf(unit: OrgUnitDoc): {
  level: 'village' | 'township'
  townshipId: string
  countyId: string
} {
  const n = unit.path.length
  if (unit.level === 'village')
    return { level: 'village', townshipId: unit.path[n - 2], countyId: unit.path[n - 3] }
  if (unit.level === 'township')
    return { level: 'township', townshipId: unit._id, countyId: unit.path[n - 2] }
  throw new AppError('invalid-argument', '公示只能发布到村或乡镇', { field: 'unitId' })
}
