// Two ways to see and change a collection: the committed state (writes go straight to SQLite)
// and a transaction's state (committed data overlaid with its staged writes). Write handlers are
// written once against this interface.
import type { CollectionTable } from './collection-table'
import { matchStored } from './doc-reader'
import { fromStorage, toStorage } from './ejson'
import { duplicateKey } from './errors'
import { compileFilter } from './matcher'
import { docKey, type TransactionManager, type TxState } from './transactions'
import type { Doc, Metrics } from './types'

export interface Target {
  id: string | number
  /** A private copy the caller may mutate. */
  doc: Doc
  rowid?: number
}

export interface View {
  find(table: CollectionTable, filter: Doc, metrics: Metrics, stopAfter?: number): Target[]
  get(table: CollectionTable, id: string | number): Target | undefined
  insert(table: CollectionTable, doc: Doc): void
  replace(table: CollectionTable, target: Target, doc: Doc): void
  remove(table: CollectionTable, target: Target): void
}

/**
 * A private copy, through the storage encoding so staged documents read back exactly as committed
 * ones (structuredClone would also give Dates of another realm under jest's vm).
 */
const copy = (doc: Doc): Doc => fromStorage(toStorage(doc))

function idOf(doc: Doc): string | number {
  const id = doc._id
  return typeof id === 'number' ? id : String(id)
}

export class CommittedView implements View {
  constructor(private readonly txm: TransactionManager) {}

  find(table: CollectionTable, filter: Doc, metrics: Metrics, stopAfter?: number): Target[] {
    return matchStored(table, filter, metrics, stopAfter).map((r) => ({
      id: idOf(r.doc),
      doc: r.doc,
      rowid: r.rowid,
    }))
  }

  get(table: CollectionTable, id: string | number): Target | undefined {
    const row = table.getById(id)
    return row && { id, doc: row.doc, rowid: row.rowid }
  }

  insert(table: CollectionTable, doc: Doc): void {
    table.insert(doc)
    if (this.txm.open) this.txm.noteCommitted(table.decl.name, idOf(doc), null)
  }

  // Open transactions read the content a write replaces (their snapshot): fetch it only then.
  // `target.doc` may already be the caller's mutated copy.
  replace(table: CollectionTable, target: Target, doc: Doc): void {
    const before = this.txm.open ? (table.getById(target.id)?.doc ?? null) : null
    table.update(target.rowid as number, doc)
    if (this.txm.open) this.txm.noteCommitted(table.decl.name, target.id, before)
  }

  remove(table: CollectionTable, target: Target): void {
    const before = this.txm.open ? (table.getById(target.id)?.doc ?? null) : null
    table.delete(target.rowid as number)
    if (this.txm.open) this.txm.noteCommitted(table.decl.name, target.id, before)
  }
}

/** A transaction's view: its snapshot of committed data overlaid with its own staged writes. */
export class TxView implements View {
  constructor(
    private readonly txm: TransactionManager,
    private readonly tx: TxState,
  ) {}

  find(table: CollectionTable, filter: Doc, metrics: Metrics, stopAfter?: number): Target[] {
    const name = table.decl.name
    const test = compileFilter(filter)
    const changed = this.txm.changedSince(this.tx, name)
    const out: Target[] = []
    // Committed matches unchanged since the snapshot and not written by the transaction...
    for (const r of matchStored(table, filter, metrics)) {
      const id = idOf(r.doc)
      if (changed.has(docKey(name, id)) || this.txm.read(this.tx, name, id) !== undefined) continue
      out.push({ id, doc: r.doc, rowid: r.rowid })
    }
    // ...the snapshot's version of documents committed since...
    for (const [key, { id, doc }] of changed) {
      if (doc === null || this.tx.writes.has(key)) continue
      metrics.examined++
      if (test(doc)) out.push({ id, doc: copy(doc) })
    }
    // ...and the transaction's own versions that match now.
    for (const w of this.txm.stagedIn(this.tx, name)) {
      if (w.doc === null) continue
      metrics.examined++
      if (test(w.doc)) out.push({ id: w.id, doc: copy(w.doc) })
    }
    return stopAfter === undefined ? out : out.slice(0, stopAfter)
  }

  get(table: CollectionTable, id: string | number): Target | undefined {
    const seen = this.txm.read(this.tx, table.decl.name, id)
    if (seen !== undefined) return seen === null ? undefined : { id, doc: copy(seen) }
    const row = table.getById(id)
    return row && { id, doc: row.doc, rowid: row.rowid }
  }

  insert(table: CollectionTable, doc: Doc): void {
    const id = idOf(doc)
    if (this.get(table, id) !== undefined)
      throw duplicateKey(table.decl.name, '_id_', JSON.stringify({ _id: id }))
    this.txm.stage(this.tx, table.decl.name, id, doc)
  }

  replace(table: CollectionTable, target: Target, doc: Doc): void {
    this.txm.stage(this.tx, table.decl.name, target.id, doc)
  }

  remove(table: CollectionTable, target: Target): void {
    this.txm.stage(this.tx, table.decl.name, target.id, null)
  }
}
