import { join } from 'node:path'
import type { LocalDatabase } from '../db/local-database'
import { REPO_ROOT } from '../local-cloud'
import { generateSeed, type SeedScale } from './demo-county'
import { readSeedDir, type SeedSet } from './seed-files'

export const DEMO_SEED_DIR = join(REPO_ROOT, 'database', 'seed', 'demo')

export function loadSeedSet(db: LocalDatabase, set: SeedSet): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [collection, docs] of Object.entries(set)) {
    db.insertMany(collection, docs)
    counts[collection] = docs.length
  }
  return counts
}

/** The demo seed comes from the committed JSON Lines; the county scale is generated on the fly. */
export function seedScale(db: LocalDatabase, scale: SeedScale): Record<string, number> {
  return loadSeedSet(db, scale === 'demo' ? readSeedDir(DEMO_SEED_DIR) : generateSeed(scale))
}

export function isEmpty(db: LocalDatabase): boolean {
  return db.count('org_units') === 0 && db.count('people') === 0
}
