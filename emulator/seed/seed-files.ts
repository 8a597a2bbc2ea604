import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fromJsonLines, toJsonLines, type SeedDoc } from './jsonl'

export type SeedSet = Record<string, SeedDoc[]>

/** Write one `<collection>.jsonl` per collection. */
export function writeSeedDir(dir: string, set: SeedSet): void {
  mkdirSync(dir, { recursive: true })
  for (const [collection, docs] of Object.entries(set))
    writeFileSync(join(dir, `${collection}.jsonl`), toJsonLines(docs))
}

export function readSeedDir(dir: string): SeedSet {
  if (!existsSync(dir)) throw new Error(`种子目录不存在：${dir}`)
  const set: SeedSet = {}
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    set[file.replace(/\.jsonl$/, '')] = fromJsonLines(readFileSync(join(dir, file), 'utf8'))
  }
  return set
}
