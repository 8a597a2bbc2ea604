import type { LocalCloud } from '../../../emulator/local-cloud'

const WRITES = new Set(['database.insertDocument', 'database.modifyDocument', 'database.removeDocument'])

export interface Change {
  collection: string
  id: string
  /** The document as it is now; null when the call removed it. */
  doc: Record<string, unknown> | null
}

/**
 * Which documents did a call change? Every collection is kept as JSON per document; after a call that
 * sent a write request, the collections it wrote are compared with those copies. A write that matched
 * nothing (a compare-and-set that lost, say) is no change.
 */
export class WriteWatch {
  private readonly copies = new Map<string, Map<string, string>>()
  private touched = new Set<string>()
  private readonly previous: LocalCloud['db']['onRequest']

  constructor(private readonly cloud: LocalCloud) {
    for (const name of cloud.db.collectionNames()) this.copies.set(name, this.read(name).json)
    this.previous = cloud.db.onRequest
    cloud.db.onRequest = (info) => {
      this.previous?.(info)
      if (WRITES.has(info.action) && info.collection) this.touched.add(info.collection)
    }
  }

  private read(name: string): { json: Map<string, string>; docs: Map<string, Record<string, unknown>> } {
    const json = new Map<string, string>()
    const docs = new Map<string, Record<string, unknown>>()
    for (const doc of this.cloud.db.find(name)) {
      const id = String(doc._id)
      json.set(id, JSON.stringify(doc))
      docs.set(id, doc)
    }
    return { json, docs }
  }

  /** The documents the last call changed; the copies are brought up to date. */
  settle(): Change[] {
    const changes: Change[] = []
    for (const name of this.touched) {
      const before = this.copies.get(name) ?? new Map<string, string>()
      const now = this.read(name)
      for (const [id, json] of now.json)
        if (before.get(id) !== json) changes.push({ collection: name, id, doc: now.docs.get(id) ?? null })
      for (const id of before.keys()) if (!now.json.has(id)) changes.push({ collection: name, id, doc: null })
      this.copies.set(name, now.json)
    }
    this.touched = new Set()
    return changes
  }

  stop(): void {
    this.cloud.db.onRequest = this.previous
  }
}
