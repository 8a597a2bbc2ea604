// Turns the index-friendly part of a Mongo filter into a SQL WHERE over key columns.
// The SQL result is a SUPERSET of the matches (mingo re-tests every row), so the planner only
// has to be conservative: it narrows on equality / $in / ranges with scalar operands, on
// top-level fields and inside a top-level $and, and ignores everything else. It never narrows on
// null/missing (those rows have NULL keys) nor on fields where some document holds an array or
// object (Mongo would match inside it). Booleans are 0/1 and Dates epoch-ms, like stored keys;
// the cross-type collisions that causes (true vs 1) only widen the candidate set.
import type { CollectionTable } from './collection-table';
import { quoteIdent } from './collection-table';
import { encodeScalar, type KeyValue } from './index-columns';
import type { Doc } from './types';

export interface Plan {
  /** SQL condition over key columns, or null for a full scan. */
  where: string | null;
  params: KeyValue[];
  /** Index fields used, for diagnostics. */
  fields: string[];
}

const RANGE_OPS: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

function isPlainObject(v: unknown): v is Doc {
  return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
}

/** A scalar operand usable in SQL, or undefined (null, regex, arrays, objects...). */
function operand(v: unknown): KeyValue | undefined {
  return encodeScalar(v);
}

/** SQL clauses for one field condition; empty when nothing can be narrowed. */
function fieldClauses(col: string, cond: unknown, params: KeyValue[]): string[] {
  const c = quoteIdent(col);
  const direct = operand(cond);
  if (direct !== undefined) {
    params.push(direct);
    return [`${c} = ?`];
  }
  if (!isPlainObject(cond)) return [];
  const keys = Object.keys(cond);
  // An object without operators is an exact sub-document match: not index material.
  if (keys.length === 0 || keys.some((k) => !k.startsWith('$'))) return [];
  const out: string[] = [];
  for (const op of keys) {
    const value = cond[op];
    if (op === '$eq') {
      const v = operand(value);
      if (v !== undefined) {
        params.push(v);
        out.push(`${c} = ?`);
      }
    } else if (op === '$in' && Array.isArray(value)) {
      const vs = value.map(operand);
      if (vs.some((v) => v === undefined)) continue; // null/regex inside $in: cannot narrow
      if (vs.length === 0) {
        out.push('0');
        continue;
      }
      params.push(...(vs as KeyValue[]));
      out.push(`${c} IN (${vs.map(() => '?').join(', ')})`);
    } else if (op in RANGE_OPS) {
      const v = operand(value);
      if (v !== undefined) {
        params.push(v);
        out.push(`${c} ${RANGE_OPS[op]} ?`);
      }
    }
  }
  return out;
}

export function planQuery(table: CollectionTable, filter: Doc): Plan {
  const clauses: string[] = [];
  const params: KeyValue[] = [];
  const fields: string[] = [];
  const consider = (field: string, cond: unknown): void => {
    const col = table.columnOf(field);
    if (col === undefined) return;
    if (field !== '_id' && table.hasComplex(field)) return;
    const got = fieldClauses(col, cond, params);
    if (got.length > 0) {
      clauses.push(...got);
      fields.push(field);
    }
  };
  for (const [key, cond] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(cond)) {
      for (const sub of cond) {
        if (!isPlainObject(sub)) continue;
        for (const [k, v] of Object.entries(sub)) if (!k.startsWith('$')) consider(k, v);
      }
    } else if (!key.startsWith('$')) {
      consider(key, cond);
    }
  }
  return { where: clauses.length > 0 ? clauses.join(' AND ') : null, params, fields };
}
