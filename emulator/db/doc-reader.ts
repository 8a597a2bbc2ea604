// Reads committed documents: the planner picks candidate rows by SQL, mingo tests each one.
import type { CollectionTable, StoredDoc } from './collection-table';
import { findNear } from './geo';
import { compileFilter, shapeResults } from './matcher';
import { planQuery } from './query-planner';
import type { Doc, FindOptions, Metrics } from './types';

/**
 * All committed documents matching `filter`, in insertion order. `stopAfter` lets unsorted
 * reads end the scan early once skip+limit matches are found.
 */
export function matchStored(table: CollectionTable, filter: Doc, metrics: Metrics, stopAfter?: number): StoredDoc[] {
  const plan = planQuery(table, filter);
  const test = compileFilter(filter);
  const out: StoredDoc[] = [];
  for (const row of table.select(plan.where, plan.params)) {
    metrics.examined++;
    if (test(row.doc)) {
      out.push(row);
      if (stopAfter !== undefined && out.length >= stopAfter) break;
    }
  }
  return out;
}

/** A read with sort/skip/limit/projection, as getDocument serves it. */
export function readDocs(table: CollectionTable, filter: Doc, opts: FindOptions, metrics: Metrics): Doc[] {
  const ordered = (opts.sort && Object.keys(opts.sort).length > 0) || findNear(filter) !== undefined;
  const stopAfter = !ordered && opts.limit !== undefined ? (opts.skip ?? 0) + opts.limit : undefined;
  const docs = matchStored(table, filter, metrics, stopAfter).map((r) => r.doc);
  const out = shapeResults(docs, filter, opts);
  metrics.returned += out.length;
  return out;
}

export function countDocs(table: CollectionTable, filter: Doc, metrics: Metrics): number {
  if (Object.keys(filter).length === 0) return table.count();
  return matchStored(table, filter, metrics).length;
}
