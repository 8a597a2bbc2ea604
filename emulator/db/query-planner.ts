// Turns the index-friendly part of a Mongo filter into a SQL WHERE over key columns.
// The SQL result is a SUPERSET of the matches (mingo re-tests every row), so the planner only
// has to be conservative: it narrows on equality / $in / ranges / $ne with scalar operands, on
// top-level fields, inside a top-level $and and in each branch of a top-level $or (an OR of the
// branches' conditions), and ignores everything else. It never narrows on
// null/missing (those rows have NULL keys) nor on fields where some document holds a value the
// index cannot represent (sub-documents, nested arrays). Arrays are multikey: a condition also
// accepts rows with a matching element in the side table, each operator on its own, because
// Mongo lets different elements satisfy different operators ({$gt: 1, $lt: 3} matches [0, 5]).
// Booleans are 0/1 and Dates epoch-ms, like stored keys; the cross-type collisions that causes
// only widen the candidate set. `exact` says the SQL alone gives exactly Mongo's answer.
import type { CollectionTable } from './collection-table'
import { quoteIdent } from './collection-table'
import { encodeScalar, KIND_STRING, kindOf, type KeyValue } from './index-columns'
import type { Doc } from './types'

export interface Plan {
  /** SQL condition over key columns, or null for a full scan. */
  where: string | null
  params: KeyValue[]
  /** Index fields used, for diagnostics. */
  fields: string[]
  /** True when the SQL condition selects exactly the documents the filter matches. */
  exact: boolean
}

interface Term {
  /** SQL comparison after the column, with `?` marks. */
  cmp: string
  values: KeyValue[]
  /** OR of the operands' KIND_* bits. */
  kinds: number
}

const RANGE_OPS: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }

function isPlainObject(v: unknown): v is Doc {
  return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype
}

function single(v: unknown, cmp: string): Term | undefined {
  const e = encodeScalar(v)
  return e === undefined ? undefined : { cmp, values: [e], kinds: kindOf(v) }
}

/** Terms for one field condition; `complete` is false when some operator was left to mingo. */
function parseCond(cond: unknown): { terms: Term[]; complete: boolean } {
  const direct = single(cond, '= ?')
  if (direct) return { terms: [direct], complete: true }
  if (!isPlainObject(cond)) return { terms: [], complete: false }
  const keys = Object.keys(cond)
  // An object without operators is an exact sub-document match: not index material.
  if (keys.length === 0 || keys.some((k) => !k.startsWith('$'))) return { terms: [], complete: false }
  const terms: Term[] = []
  let complete = true
  for (const op of keys) {
    const value = cond[op]
    let term: Term | undefined
    if (op === '$eq') term = single(value, '= ?')
    // Mongo's $ne also matches a missing or null field, whose key column is NULL.
    else if (op === '$ne') term = single(value, 'IS NOT ?')
    else if (op in RANGE_OPS) term = single(value, `${RANGE_OPS[op]} ?`)
    else if (op === '$in' && Array.isArray(value)) {
      const vs = value.map(encodeScalar)
      // null/regex inside $in: cannot narrow
      if (!vs.some((v) => v === undefined)) {
        const kinds = value.reduce((acc: number, v: unknown) => acc | kindOf(v), 0)
        term =
          vs.length === 0
            ? { cmp: '', values: [], kinds: 0 }
            : { cmp: `IN (${vs.map(() => '?').join(', ')})`, values: vs as KeyValue[], kinds }
      }
    }
    if (term) terms.push(term)
    else complete = false
  }
  return { terms, complete }
}

/** One kind of operand, and the column never held another kind: SQL compares like Mongo. */
function exactKinds(term: Term, held: number): boolean {
  if (term.values.length === 0) return true
  const k = term.kinds
  return k !== 0 && (k & (k - 1)) === 0 && (held & ~k) === 0
}

export function planQuery(table: CollectionTable, filter: Doc): Plan {
  const clauses: string[] = []
  const params: KeyValue[] = []
  const fields: string[] = []
  let exact = true
  const consider = (field: string, cond: unknown): void => {
    const col = table.columnOf(field)
    const keyed = field !== '_id'
    if (col === undefined || (keyed && table.hasComplex(field))) {
      exact = false
      return
    }
    const { terms, complete } = parseCond(cond)
    const multi = keyed && table.mk.hasField(field)
    if (!complete) exact = false
    // With arrays present (all multikey, as hasComplex is false) only string equality stays
    // exact: SQLite's 'x' = key matches text elements alone, as Mongo's string equality does.
    const arrays = keyed && table.hasBlob(field)
    const c = quoteIdent(col)
    const held = table.kinds.get(field)
    for (const t of terms) {
      // "No element equals" is not a per-row key test, and a cross-kind collision (true and 1
      // share a key) would drop a match: $ne narrows only a plain column of the operand's kind.
      if (t.cmp === 'IS NOT ?' && (multi || arrays || !exactKinds(t, held))) {
        exact = false
        continue
      }
      if (!exactKinds(t, held)) exact = false
      if (arrays && (t.kinds !== KIND_STRING || !(t.cmp === '= ?' || t.cmp.startsWith('IN')))) exact = false
      if (t.values.length === 0) {
        clauses.push('0') // $in: [] matches nothing
        continue
      }
      if (multi) {
        clauses.push(`(${c} ${t.cmp} OR ${table.mk.rowids(t.cmp)})`)
        params.push(...t.values, field, ...t.values)
      } else {
        clauses.push(`${c} ${t.cmp}`)
        params.push(...t.values)
      }
    }
    if (terms.length > 0) fields.push(field)
  }
  for (const [key, cond] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(cond)) {
      if (cond.length === 0) exact = false // an error for mingo: leave it to mingo
      for (const sub of cond) {
        if (!isPlainObject(sub)) {
          exact = false
          continue
        }
        for (const [k, v] of Object.entries(sub)) {
          if (k.startsWith('$')) exact = false
          else consider(k, v)
        }
      }
    } else if (key === '$or' && Array.isArray(cond) && cond.length > 0 && cond.every(isPlainObject)) {
      // Each branch narrows on its own; one branch that cannot leaves the whole $or unnarrowed.
      const branches = cond.map((sub) => planQuery(table, sub))
      if (branches.some((b) => b.where === null)) {
        exact = false
        continue
      }
      clauses.push(`(${branches.map((b) => `(${b.where})`).join(' OR ')})`)
      for (const b of branches) {
        params.push(...b.params)
        fields.push(...b.fields)
        if (!b.exact) exact = false
      }
    } else if (key.startsWith('$')) {
      exact = false
    } else {
      consider(key, cond)
    }
  }
  return { where: clauses.length > 0 ? clauses.join(' AND ') : null, params, fields, exact }
}
