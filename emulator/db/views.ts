// Two ways to see and change a collection: the committed state (writes go straight to SQLite)
// and a transaction's state (committed data overlaid with its staged writes). Write handlers are
// written once against this interface.
import type { CollectionTable } from './collection-table';
import { matchStored } from './doc-reader';
import { duplicateKey } from './errors';
import { compileFilter } from './matcher';
import type { TransactionManager, TxState } from './transactions';
import type { Doc, Metrics } from './types';

export interface Target {
  id: string | number;
  /** A private copy the caller may mutate. */
  doc: Doc;
  rowid?: number;
}

export interface View {
  find(table: CollectionTable, filter: Doc, metrics: Metrics, stopAfter?: number): Target[];
  get(table: CollectionTable, id: string | number): Target | undefined;
  insert(table: CollectionTable, doc: Doc): void;
  replace(table: CollectionTable, target: Target, doc: Doc): void;
  remove(table: CollectionTable, target: Target): void;
}

function idOf(doc: Doc): string | number {
  const id = doc._id;
  return typeof id === 'number' ? id : String(id);
}

export class CommittedView implements View {
  constructor(private readonly txm: TransactionManager) {}

  find(table: CollectionTable, filter: Doc, metrics: Metrics, stopAfter?: number): Target[] {
    return matchStored(table, filter, metrics, stopAfter).map((r) => ({ id: idOf(r.doc), doc: r.doc, rowid: r.rowid }));
  }

  get(table: CollectionTable, id: string | number): Target | undefined {
    const row = table.getById(id);
    return row && { id, doc: row.doc, rowid: row.rowid };
  }

  insert(table: CollectionTable, doc: Doc): void {
    table.insert(doc);
    this.txm.noteCommitted(table.decl.name, doc._id);
  }

  replace(table: CollectionTable, target: Target, doc: Doc): void {
    table.update(target.rowid as number, doc);
    this.txm.noteCommitted(table.decl.name, target.id);
  }

  remove(table: CollectionTable, target: Target): void {
    table.delete(target.rowid as number);
    this.txm.noteCommitted(table.decl.name, target.id);
  }
}

export class TxView implements View {
  constructor(
    private readonly txm: TransactionManager,
    private readonly tx: TxState,
  ) {}

  find(table: CollectionTable, filter: Doc, metrics: Metrics, stopAfter?: number): Target[] {
    const name = table.decl.name;
    const test = compileFilter(filter);
    const out: Target[] = [];
    // Committed matches whose document the transaction has not touched...
    for (const r of matchStored(table, filter, metrics)) {
      const id = idOf(r.doc);
      if (this.txm.staged(this.tx, name, id) === undefined) out.push({ id, doc: r.doc, rowid: r.rowid });
    }
    // ...plus the transaction's own versions that match now.
    for (const w of this.txm.stagedIn(this.tx, name)) {
      if (w.doc === null) continue;
      metrics.examined++;
      if (test(w.doc)) out.push({ id: w.id, doc: structuredClone(w.doc) });
    }
    const result = stopAfter === undefined ? out : out.slice(0, stopAfter);
    for (const t of result) this.txm.touch(this.tx, name, t.id);
    return result;
  }

  /** A point read: touched even when missing, so a concurrent insert of that id conflicts. */
  get(table: CollectionTable, id: string | number): Target | undefined {
    const name = table.decl.name;
    this.txm.touch(this.tx, name, id);
    const staged = this.txm.staged(this.tx, name, id);
    if (staged !== undefined) return staged === null ? undefined : { id, doc: structuredClone(staged) };
    const row = table.getById(id);
    return row && { id, doc: row.doc, rowid: row.rowid };
  }

  insert(table: CollectionTable, doc: Doc): void {
    const id = idOf(doc);
    if (this.get(table, id) !== undefined) throw duplicateKey(table.decl.name, '_id_', JSON.stringify({ _id: id }));
    this.txm.stage(this.tx, table.decl.name, id, doc);
  }

  replace(table: CollectionTable, target: Target, doc: Doc): void {
    this.txm.stage(this.tx, table.decl.name, target.id, doc);
  }

  remove(table: CollectionTable, target: Target): void {
    this.txm.stage(this.tx, table.decl.name, target.id, null);
  }
}
