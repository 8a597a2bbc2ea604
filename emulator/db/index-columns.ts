// Declared index fields live in real SQLite columns so lookups can use SQLite indexes.
// Column values are *candidates* only (mingo re-checks every row), so the encoding just has to
// never lose a match: scalars map to SQLite scalars, and anything Mongo would match in a richer
// way (arrays, objects) is written as a BLOB, which disables the index for that field.
import { createHash } from 'crypto';
import type { CollectionDecl, Doc } from './types';

export type KeyValue = string | number | Buffer | null;

export interface KeyColumn {
  /** Dot path of the indexed field, as written in collections.json. */
  path: string;
  /** SQLite column that mirrors it. */
  column: string;
}

/** Stable column name for a field path: readable prefix + hash, so renames never collide. */
export function columnFor(path: string): string {
  const slug = path.replace(/[^A-Za-z0-9]/g, '_').slice(0, 40);
  const hash = createHash('sha1').update(path).digest('hex').slice(0, 8);
  return `k_${slug}_${hash}`;
}

/** Every distinct field used by a declared index (`_id` has its own column and is skipped). */
export function keyColumns(decl: CollectionDecl): KeyColumn[] {
  const seen = new Map<string, KeyColumn>();
  for (const ix of decl.indexes) {
    for (const path of Object.keys(ix.keys)) {
      if (path !== '_id' && !seen.has(path)) seen.set(path, { path, column: columnFor(path) });
    }
  }
  return [...seen.values()];
}

/** Marker for "the path crosses or ends in something non-scalar". */
const COMPLEX = Symbol('complex');

function lookup(doc: Doc, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(cur)) return COMPLEX; // Mongo would fan out over the array
    if (cur === null || typeof cur !== 'object' || cur instanceof Date) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Scalar encoding shared by stored keys and query operands (see query-planner). */
export function encodeScalar(v: unknown): KeyValue | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.getTime();
  return undefined;
}

/** Value to store in the key column of `path` for `doc`. */
export function keyValue(doc: Doc, path: string): KeyValue {
  const v = lookup(doc, path);
  if (v === undefined || v === null) return null;
  const scalar = v === COMPLEX ? undefined : encodeScalar(v);
  if (scalar !== undefined) return scalar;
  // Arrays/objects/regexps: keep a byte image so unique indexes still compare whole values.
  const image = v === COMPLEX ? JSON.stringify(lookupRaw(doc, path)) : JSON.stringify(v);
  return Buffer.from(image ?? 'null', 'utf8');
}

function lookupRaw(doc: Doc, path: string): unknown {
  const first = path.split('.')[0];
  return doc[first];
}
