// What committed documents looked like before each write made while transactions are open, so a
// transaction reads the snapshot of its start (MongoDB's snapshot read concern, which CloudBase
// transactions use). Nothing is kept while no transaction is open: the non-transactional hot path
// pays one boolean test per write.
import type { Doc } from './types'

export function docKey(collection: string, id: unknown): string {
  return `${collection}\u0000${typeof id}:${String(id)}`
}

interface Before {
  /** Sequence number of the write that replaced this content. */
  seq: number
  /** The content before that write; null when the document did not exist. */
  doc: Doc | null
}

interface Entry {
  collection: string
  id: string | number
  /** Oldest first. */
  befores: Before[]
}

export class CommitHistory {
  private seq = 0
  private readonly entries = new Map<string, Entry>()
  /** Keys in write order, for pruning from the oldest end. */
  private order: Array<{ seq: number; key: string }> = []
  private head = 0

  /** The sequence number a transaction starting now takes as its snapshot. */
  get current(): number {
    return this.seq
  }

  /** Last committed write sequence of a document, 0 if none recorded. */
  lastWrite(collection: string, id: unknown): number {
    const e = this.entries.get(docKey(collection, id))
    return e ? e.befores[e.befores.length - 1].seq : 0
  }

  record(collection: string, id: string | number, before: Doc | null): void {
    const key = docKey(collection, id)
    let e = this.entries.get(key)
    if (!e) this.entries.set(key, (e = { collection, id, befores: [] }))
    e.befores.push({ seq: ++this.seq, doc: before })
    this.order.push({ seq: this.seq, key })
  }

  /**
   * Forget what no open transaction can need: writes at or before `oldestStart`, the snapshot of
   * the oldest one. Keeps memory bounded when transactions overlap without pause.
   */
  prune(oldestStart: number): void {
    while (this.head < this.order.length && this.order[this.head].seq <= oldestStart) {
      const { key } = this.order[this.head++]
      const e = this.entries.get(key)
      if (!e) continue
      while (e.befores.length > 0 && e.befores[0].seq <= oldestStart) e.befores.shift()
      if (e.befores.length === 0) this.entries.delete(key)
    }
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head)
      this.head = 0
    }
  }

  /**
   * The content as of snapshot `seq` for a document written since: a Doc, null (it did not
   * exist then), or undefined when it has not changed since (read the table).
   */
  asOf(collection: string, id: unknown, seq: number): Doc | null | undefined {
    const e = this.entries.get(docKey(collection, id))
    return e?.befores.find((b) => b.seq > seq)?.doc
  }

  /** Every document of `collection` changed since snapshot `seq`, with its content as of then. */
  changedSince(collection: string, seq: number): Map<string, { id: string | number; doc: Doc | null }> {
    const out = new Map<string, { id: string | number; doc: Doc | null }>()
    for (const [key, e] of this.entries) {
      if (e.collection !== collection) continue
      const b = e.befores.find((x) => x.seq > seq)
      if (b) out.set(key, { id: e.id, doc: b.doc })
    }
    return out
  }

  clear(): void {
    this.entries.clear()
    this.order = []
    this.head = 0
  }
}
