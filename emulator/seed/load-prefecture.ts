import { appendFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { LocalDatabase } from '../db/local-database'
import { toJsonLines } from './jsonl'
import { loadSeedSet } from './load-seed'
import { prefectureHead, prefectureSeeds } from './prefecture'
import type { SeedSet } from './seed-files'

export interface PrefectureProgress {
  county: string
  ms: number
  rssMb: number
}

function addCounts(total: Record<string, number>, set: SeedSet): void {
  for (const [collection, docs] of Object.entries(set))
    total[collection] = (total[collection] ?? 0) + docs.length
}

/**
 * The prefecture seed, county by county: each county's documents are generated, written and dropped
 * before the next is made, so memory holds one county (about 1/13 of the whole) at a time.
 */
export function seedPrefecture(
  db: LocalDatabase,
  counties?: number,
  progress: (p: PrefectureProgress) => void = () => {},
): Record<string, number> {
  const counts: Record<string, number> = {}
  const head = prefectureHead()
  loadSeedSet(db, head)
  addCounts(counts, head)
  let started = Date.now()
  for (const { plan, set } of prefectureSeeds(counties)) {
    loadSeedSet(db, set)
    addCounts(counts, set)
    collectGarbage()
    progress({ county: plan.county.name, ms: Date.now() - started, rssMb: rssMb() })
    started = Date.now()
  }
  return counts
}

/** The same, as JSON Lines appended county by county to one file per collection. */
export function writePrefectureDir(dir: string, counties?: number): Record<string, number> {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const counts: Record<string, number> = {}
  const append = (set: SeedSet) => {
    for (const [collection, docs] of Object.entries(set))
      appendFileSync(join(dir, `${collection}.jsonl`), toJsonLines(docs))
    addCounts(counts, set)
  }
  append(prefectureHead())
  for (const { set } of prefectureSeeds(counties)) {
    append(set)
    collectGarbage()
  }
  return counts
}

/**
 * A full collection between counties. The county just written is unreachable, but V8 puts off a major
 * collection until its heap nears the limit, so without this the seed process grew to 2.6 GB (four
 * counties' garbage) instead of one county's 1.2 GB.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  const gc: unknown = runInNewContext('gc')
  if (typeof gc === 'function') gc()
}

const rssMb = () => Math.round(process.memoryUsage.rss() / 1048576)
