import { ORG_LEVEL_LABELS } from '@contract/domain/org-unit'
import type { UnitSummary } from '@contract/api/org-tree'
import type { OrgUnitDoc } from '../shared/docs'
import { initialsOf } from '../shared/initials'

export function toUnitSummary(u: OrgUnitDoc): UnitSummary {
  return {
    id: u._id,
    code: u.code,
    name: u.name,
    level: u.level,
    levelLabel: ORG_LEVEL_LABELS[u.level],
    initials: initialsOf(u.name),
    hasChildren: u.level !== 'group',
    flags: u.flags,
  }
}
