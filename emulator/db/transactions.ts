// Transactions as CloudBase runs them (MongoDB underneath), checked against tcb-admin-node's own
// integration tests (test/emulator/cloudbase-parity/transactions.test.ts):
// - reads see the snapshot of the transaction's start plus its own writes;
// - writes are staged in a private overlay and applied together at commit;
// - a write conflicts at once when another open transaction has written the document, or when the
//   document was committed by anyone after this transaction started. The conflicting transaction
//   is aborted (so a later commit fails with DATABASE_TRANSACTION_FAIL), as MongoDB aborts on a
//   write conflict. Reads never conflict (write skew is allowed, as in MongoDB).
// - deliberately simpler than CloudBase: a non-transactional write to a document an open
//   transaction has written is not held until that transaction ends; it lands, and the
//   transaction's commit then fails with DATABASE_TRANSACTION_CONFLICT (which runTransaction retries).
// wx-server-sdk wraps errors of in-transaction operations (errCode -501001, no `code`), so
// runTransaction only retries conflicts raised by commit; product code handles the rest.
import { randomBytes } from 'crypto'
import { ErrorCodes, WireError } from './errors'
import { CommitHistory, docKey } from './tx-history'
import type { Doc } from './types'

export { docKey } from './tx-history'

/** CloudBase drops transactions not committed or aborted within 30 seconds. */
const LIFETIME_MS = 30_000

export interface StagedWrite {
  collection: string
  id: string | number
  /** New content, or null for a delete. */
  doc: Doc | null
}

export interface TxState {
  id: string
  /** Snapshot: the commit sequence number when the transaction started. */
  startSeq: number
  startedAt: number
  /** Overlay keyed by docKey(collection, id); insertion order is the commit order. */
  writes: Map<string, StagedWrite>
}

// CloudBase's messages, verbatim from tcb-admin-node's transaction.test.ts.
const conflict = (): WireError =>
  new WireError(
    ErrorCodes.TRANSACTION_CONFLICT,
    '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.',
  )
const notExist = (): WireError =>
  new WireError(
    ErrorCodes.TRANSACTION_FAIL,
    '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.',
  )

export class TransactionManager {
  private readonly history = new CommitHistory()
  private readonly active = new Map<string, TxState>()
  /** Documents written by open transactions: docKey → transaction id (MongoDB's write locks). */
  private readonly locks = new Map<string, string>()

  /** True while any transaction is open; committed writes are only recorded then. */
  get open(): boolean {
    return this.active.size > 0
  }

  start(now: number): TxState {
    this.expire(now)
    const tx: TxState = {
      id: randomBytes(16).toString('hex'),
      startSeq: this.history.current,
      startedAt: now,
      writes: new Map(),
    }
    this.active.set(tx.id, tx)
    return tx
  }

  get(id: unknown): TxState {
    const tx = typeof id === 'string' ? this.active.get(id) : undefined
    if (!tx) throw notExist()
    return tx
  }

  /** Record a committed write (with the content it replaced) for snapshots and conflicts. */
  noteCommitted(collection: string, id: string | number, before: Doc | null): void {
    if (this.active.size > 0) this.history.record(collection, id, before)
  }

  /** What the transaction sees of a document: its own write, else its snapshot, else undefined (read the table). */
  read(tx: TxState, collection: string, id: unknown): Doc | null | undefined {
    const w = tx.writes.get(docKey(collection, id))
    return w !== undefined ? w.doc : this.history.asOf(collection, id, tx.startSeq)
  }

  /** Documents of `collection` whose committed content differs from the transaction's snapshot. */
  changedSince(tx: TxState, collection: string): Map<string, { id: string | number; doc: Doc | null }> {
    return this.history.changedSince(collection, tx.startSeq)
  }

  stagedIn(tx: TxState, collection: string): StagedWrite[] {
    return [...tx.writes.values()].filter((w) => w.collection === collection)
  }

  /** Stage a write, or abort the transaction and throw the conflict error. */
  stage(tx: TxState, collection: string, id: string | number, doc: Doc | null): void {
    this.expire(Date.now())
    if (!this.active.has(tx.id)) throw notExist()
    const key = docKey(collection, id)
    const holder = this.locks.get(key)
    if ((holder !== undefined && holder !== tx.id) || this.history.lastWrite(collection, id) > tx.startSeq) {
      this.finish(tx)
      throw conflict()
    }
    this.locks.set(key, tx.id)
    tx.writes.delete(key) // re-insert so the latest write is applied last
    tx.writes.set(key, { collection, id, doc })
  }

  /** A non-transactional write landed on a document this transaction wrote: commit must fail. */
  checkConflicts(tx: TxState): void {
    for (const w of tx.writes.values()) {
      if (this.history.lastWrite(w.collection, w.id) > tx.startSeq) {
        this.finish(tx)
        throw conflict()
      }
    }
  }

  finish(tx: TxState): void {
    this.active.delete(tx.id)
    for (const key of tx.writes.keys()) if (this.locks.get(key) === tx.id) this.locks.delete(key)
    if (this.active.size === 0) this.history.clear()
    else this.history.prune(Math.min(...[...this.active.values()].map((t) => t.startSeq)))
  }

  private expire(now: number): void {
    for (const tx of this.active.values()) if (now - tx.startedAt > LIFETIME_MS) this.finish(tx)
  }
}
