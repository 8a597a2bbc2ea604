// Optimistic transactions. Reads and writes made with a transactionId go to a private overlay;
// commit applies the overlay in one SQLite transaction. Conflict rule: if any document this
// transaction read or wrote was changed by someone else's committed write after the transaction
// started, commit fails with DATABASE_TRANSACTION_CONFLICT, which @cloudbase/database's
// runTransaction retries (it only retries on that code, and only when it is thrown raw, i.e. from
// commit - errors of in-transaction operations come back wrapped by wx-server-sdk and are not
// retried). So the later committer loses, as with MongoDB's write conflicts.
import { randomBytes } from 'crypto';
import { ErrorCodes, WireError } from './errors';
import type { Doc } from './types';

/** Transactions older than this are dropped (MongoDB's transactionLifetimeLimitSeconds is 60). */
const LIFETIME_MS = 60_000;

export interface StagedWrite {
  collection: string;
  id: string | number;
  /** New content, or null for a delete. */
  doc: Doc | null;
}

export interface TxState {
  id: string;
  startSeq: number;
  startedAt: number;
  touched: Set<string>;
  /** Overlay keyed by docKey(collection, id); insertion order is the commit order. */
  writes: Map<string, StagedWrite>;
}

export function docKey(collection: string, id: unknown): string {
  return `${collection}\u0000${typeof id}:${String(id)}`;
}

export class TransactionManager {
  private seq = 0;
  /** Last committed write sequence per document; only kept while transactions are open. */
  private readonly lastWrite = new Map<string, number>();
  private readonly active = new Map<string, TxState>();

  start(now: number): TxState {
    for (const tx of this.active.values()) if (now - tx.startedAt > LIFETIME_MS) this.finish(tx);
    const tx: TxState = {
      id: randomBytes(16).toString('hex'),
      startSeq: this.seq,
      startedAt: now,
      touched: new Set(),
      writes: new Map(),
    };
    this.active.set(tx.id, tx);
    return tx;
  }

  get(id: unknown): TxState {
    const tx = typeof id === 'string' ? this.active.get(id) : undefined;
    if (!tx) throw new WireError(ErrorCodes.TRANSACTION_FAIL, `transaction ${String(id)} does not exist or has expired`);
    return tx;
  }

  /** Record a committed write so open transactions that touched the doc will conflict. */
  noteCommitted(collection: string, id: unknown): void {
    if (this.active.size === 0) return;
    this.lastWrite.set(docKey(collection, id), ++this.seq);
  }

  touch(tx: TxState, collection: string, id: unknown): void {
    tx.touched.add(docKey(collection, id));
  }

  /** Overlay view: a staged doc, null for a staged delete, undefined if untouched. */
  staged(tx: TxState, collection: string, id: unknown): Doc | null | undefined {
    const w = tx.writes.get(docKey(collection, id));
    return w === undefined ? undefined : w.doc;
  }

  stagedIn(tx: TxState, collection: string): StagedWrite[] {
    return [...tx.writes.values()].filter((w) => w.collection === collection);
  }

  stage(tx: TxState, collection: string, id: string | number, doc: Doc | null): void {
    const key = docKey(collection, id);
    tx.touched.add(key);
    tx.writes.delete(key); // re-insert so the latest write is applied last
    tx.writes.set(key, { collection, id, doc });
  }

  /** Throws the conflict error (and forgets the transaction) if commit must fail. */
  checkConflicts(tx: TxState): void {
    for (const key of tx.touched) {
      if ((this.lastWrite.get(key) ?? 0) > tx.startSeq) {
        this.finish(tx);
        throw new WireError(ErrorCodes.TRANSACTION_CONFLICT, 'database transaction conflict: a document was modified by another write after the transaction started');
      }
    }
  }

  finish(tx: TxState): void {
    this.active.delete(tx.id);
    if (this.active.size === 0) this.lastWrite.clear();
  }
}
