import { AppError } from '@contract/errors'
import type { ReviewLevel } from '@contract/domain/duty-review'
import type { Caller } from '../shared/context'
import { pathInScope, scopeUnitIds } from '../shared/auth'

/** Who holds a session at a level: the township's leaders or the county's admins; a county admin may hold both. */
const HOLDERS: Record<ReviewLevel, readonly ('admin' | 'township_leader')[]> = {
  township: ['township_leader', 'admin'],
  county: ['admin'],
}

export function mayHold(caller: Caller, level: ReviewLevel, unitPath: readonly string[]): boolean {
  return pathInScope(unitPath, scopeUnitIds(caller, HOLDERS[level]))
}

export function requireHolder(caller: Caller, level: ReviewLevel, unitPath: readonly string[]): void {
  if (!mayHold(caller, level, unitPath))
    throw new AppError(
      'permission-denied',
      level === 'county' ? '县级述职评议由县委组织部组织' : '乡镇述职评议由本乡镇领导或县委组织部组织',
    )
}
