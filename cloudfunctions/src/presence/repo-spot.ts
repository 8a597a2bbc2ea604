import type { Database } from '../shared/db-types'
import type { SpotCheckDoc } from './docs'

export async function insertSpotCheck(db: Database, doc: SpotCheckDoc): Promise<string> {
  const res = await db.collection('presence_spot_checks').add({ data: { ...doc } })
  return res._id
}
