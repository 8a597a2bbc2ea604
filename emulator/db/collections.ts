// Reads the declared collections (database/collections.json). CloudBase refuses writes to
// collections that were never created; the deployer creates exactly these, so the local cloud
// accepts exactly these (plus any created at runtime through addCollection).
import * as fs from 'fs'
import * as path from 'path'
import type { CollectionDecl } from './types'

export const DEFAULT_COLLECTIONS_FILE = path.resolve(__dirname, '..', '..', 'database', 'collections.json')

type IndexDecl = CollectionDecl['indexes'][number]

function parseIndex(collection: string, raw: unknown): IndexDecl {
  const r = raw as { name?: unknown; keys?: unknown; unique?: unknown }
  if (typeof r?.name !== 'string' || typeof r.keys !== 'object' || r.keys === null) {
    throw new Error(`collections.json: bad index in "${collection}": ${JSON.stringify(raw)}`)
  }
  const keys: Record<string, 1 | -1> = {}
  for (const [field, dir] of Object.entries(r.keys as Record<string, unknown>)) {
    if (dir !== 1 && dir !== -1) {
      throw new Error(
        `collections.json: index "${r.name}" of "${collection}": direction of ${field} must be 1 or -1`,
      )
    }
    keys[field] = dir
  }
  return { name: r.name, keys, unique: r.unique === true }
}

export function loadCollections(file: string = DEFAULT_COLLECTIONS_FILE): CollectionDecl[] {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
  const out: CollectionDecl[] = []
  for (const [name, value] of Object.entries(json)) {
    if (name.startsWith('$')) continue // "$comment" and friends
    const indexes = (value as { indexes?: unknown[] } | null)?.indexes ?? []
    out.push({ name, indexes: indexes.map((ix) => parseIndex(name, ix)) })
  }
  return out
}
