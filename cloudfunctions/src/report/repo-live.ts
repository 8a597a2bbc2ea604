import type { Database } from '../shared/db-types'
import { pageAll } from '../shared/paging'

export { openItems, type OpenItem } from '../shared/rectify-items'

export interface WindowNotice { unitId: string; path: string[]; startDay: string; objections?: number }

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
