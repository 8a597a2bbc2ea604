import { OPEN_STATES } from '@contract/domain/rectification'
import type { Database } from '../shared/db-types'
import { pageAll } from '../shared/paging'

export interface OpenItem { villageId: string; townshipId: string; deadlineAt: Date }
export interface WindowNotice { unitId: string; path: string[]; startDay: string; objections?: number }

/**
 * Open rectification items of a unit (the nightly job's count). The `<level>Id + state` index means
 * closed history is never read; a busy county still has a thousand open, hence nightly, not per view.
 */
export function openItems(db: Database, level: 'county' | 'township' | 'village', unitId: string): Promise<OpenItem[]> {
  return pageAll<OpenItem>(db, 'rectify_items', { [`${level}Id`]: unitId, state: db.command.in([...OPEN_STATES]) })
}

/**
 * Published notices of a unit whose window has not ended, on the `<level> + status + endDay` indexes
 * (a path match cannot use an index: a county holds thousands of past notices). The caller's window
 * check drops those not yet started.
 */
export async function noticesNotEnded(db: Database, level: 'county' | 'township' | 'village', unitId: string, today: string): Promise<WindowNotice[]> {
  const key = level === 'village' ? 'unitId' : `${level}Id`
  const all = await pageAll<WindowNotice>(db, 'public_notices', { [key]: unitId, status: 'published', endDay: db.command.gte(today) })
  return all.filter((n) => n.startDay <= today)
}
