// Query operators where mingo differs from MongoDB (and so from CloudBase). Registered ahead of
// mingo's own in matcher.ts.
import * as path from 'path'
import type { Options } from 'mingo/types/core'
import { resolvePath } from './geo'
import { compileSchema } from './json-schema'
import { requestFailed } from './errors'
import type { Doc } from './types'

type Predicate = (lhs: unknown, rhs: unknown, options: Options) => boolean
type QueryOp = (selector: string, value: unknown, options: Options) => (obj: Doc) => boolean

// mingo's predicates module has no typings reachable with moduleResolution "node" (mingo 6.x layout).
const mingoDir = path.dirname(require.resolve('mingo'))
const predicates = require(path.join(mingoDir, 'operators', '_predicates.js')) as {
  processQuery(
    selector: string,
    value: unknown,
    options: Options,
    predicate: Predicate,
  ): (obj: Doc) => boolean
  $elemMatch: Predicate
}

const isDoc = (v: unknown): v is Doc =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp)

/** MongoDB's $mod only matches numbers; mingo's also matches null (null % d === 0 in JS). */
const $mod: QueryOp = (selector, value) => {
  const [divisor, remainder] = Array.isArray(value) ? (value as number[]) : [NaN, NaN]
  const ok = (v: unknown): boolean => typeof v === 'number' && v % divisor === remainder
  return (obj) => {
    const v = resolvePath(obj, selector)
    return Array.isArray(v) ? v.some(ok) : ok(v)
  }
}

/**
 * A field condition inside $elemMatch ({value: {$gt: 0}}) only looks at elements that are
 * documents; mingo also tried it on scalars (so [1, 2] matched). Operator-only criteria
 * ({$gt: 2}) still apply to every element.
 */
const $elemMatch: QueryOp = (selector, value, options) => {
  if (!isDoc(value)) throw requestFailed('$elemMatch needs an object')
  const onFields = Object.keys(value).some((k) => !k.startsWith('$') || ['$and', '$or', '$nor'].includes(k))
  return predicates.processQuery(selector, value, options, (lhs, rhs, opts) => {
    if (!Array.isArray(lhs)) return false
    return predicates.$elemMatch(onFields ? lhs.filter(isDoc) : lhs, rhs, opts)
  })
}

/** The whole document against a MongoDB $jsonSchema (see json-schema.ts for the subset). */
const $jsonSchema: QueryOp = (_selector, value) => {
  if (!isDoc(value)) throw requestFailed('$jsonSchema needs a schema object')
  const check = compileSchema(value)
  return (obj) => check(obj)
}

export const queryOps = { $mod, $elemMatch, $jsonSchema }
