// Value encodings at the two borders of the database:
//  - the wire: canonical EJSON strings the SDK sends and parses (bson 4.x, the copy the SDK uses);
//  - storage: plain JSON with tiny markers, because JSON.parse is several times faster than
//    EJSON.parse and full scans parse every row.
// Wire input is parsed *relaxed*, so {"$numberInt":"1"} becomes the number 1; otherwise mingo's
// $sum over wrapper objects silently yields 0.
import { EJSON } from 'bson';
import type { Doc } from './types';

type Json = Record<string, unknown>;

function isPlainObject(v: unknown): v is Json {
  if (v === null || typeof v !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function bsonType(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  const t = (v as { _bsontype?: unknown })._bsontype;
  return typeof t === 'string' ? t : undefined;
}

/** Mongo regex options include 'x', which JS lacks; keep the flags JS understands. */
export function toJsRegExp(pattern: string, options: string): RegExp {
  return new RegExp(pattern, options.replace(/[^imsu]/g, ''));
}

/** Replace bson wrapper classes that mingo cannot evaluate with native JS values. */
function normalize(v: unknown): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = normalize(v[i]);
    return v;
  }
  const t = bsonType(v);
  if (t === 'BSONRegExp') {
    const r = v as { pattern: string; options: string };
    return toJsRegExp(r.pattern, r.options);
  }
  if (t === 'Long' || t === 'Int32' || t === 'Double') return Number(String(v));
  if (isPlainObject(v)) {
    for (const k of Object.keys(v)) v[k] = normalize(v[k]);
  }
  return v;
}

/** Parse one EJSON string from the wire into plain JS values. */
export function parseWire(text: string): unknown {
  // No "$" key anywhere (plain strings/booleans/nesting): EJSON would return JSON.parse's value.
  if (!text.includes('"$')) return JSON.parse(text) as unknown;
  return normalize(EJSON.parse(text, { relaxed: true }));
}

/** Canonical EJSON, exactly what the real service returns in `data.list`. */
export function stringifyWire(value: unknown): string {
  return EJSON.stringify(value as Json, { relaxed: false });
}

/**
 * `db.serverDate({ offset })` arrives as {"$tcb_server_date":{"offset":N}}; the server replaces it
 * with its own clock. Applied to inserted data, update data and queries alike.
 */
export function resolveServerDates(v: unknown, now: number): unknown {
  if (Array.isArray(v)) return v.map((x) => resolveServerDates(x, now));
  if (!isPlainObject(v)) return v;
  const marker = v.$tcb_server_date;
  if (marker !== undefined && Object.keys(v).length === 1) {
    const offset = isPlainObject(marker) && typeof marker.offset === 'number' ? marker.offset : 0;
    return new Date(now + offset);
  }
  const out: Json = {};
  for (const k of Object.keys(v)) out[k] = resolveServerDates(v[k], now);
  return out;
}

/** Storage encoding: JSON with {"$date":ms} and EJSON-wrapped bson values. */
export function toStorage(doc: Doc): string {
  return JSON.stringify(doc, function (this: Json, key: string, value: unknown) {
    // toJSON has already run on `value`; the holder still has the original object.
    const original = key === '' ? value : this[key];
    if (original instanceof Date) return { $date: original.getTime() };
    if (original instanceof RegExp) {
      return { $regularExpression: { pattern: original.source, options: original.flags } };
    }
    if (bsonType(original) !== undefined) {
      return { $ejson: EJSON.serialize(original as Json, { relaxed: false }) };
    }
    return value;
  });
}

function revive(v: unknown): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = revive(v[i]);
    return v;
  }
  if (!isPlainObject(v)) return v;
  const keys = Object.keys(v);
  if (keys.length === 1) {
    const k = keys[0];
    if (k === '$date' && typeof v.$date === 'number') return new Date(v.$date);
    if (k === '$regularExpression' && isPlainObject(v.$regularExpression)) {
      const r = v.$regularExpression;
      return new RegExp(String(r.pattern), String(r.options));
    }
    if (k === '$ejson') return EJSON.deserialize(v.$ejson as Json, { relaxed: true });
  }
  for (const key of keys) v[key] = revive(v[key]);
  return v;
}

export function fromStorage(text: string): Doc {
  const doc = JSON.parse(text) as Doc;
  // Most documents carry no marker at all: skip the walk for them.
  return text.includes('"$') ? (revive(doc) as Doc) : doc;
}
