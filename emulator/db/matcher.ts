// mingo, configured once. mingo's public Query copies its whole operator context (hundreds of
// operators, read through getters) on every construction - that copy dominated an indexed
// lookup. QueryImpl, the class underneath, takes prepared options and copies nothing, so we build
// one full context (plus geo operators, which mingo lacks) and reuse it for every filter.
import * as path from 'path'
import { Context } from 'mingo'
import type { Options } from 'mingo/types/core'
import type { QueryImpl as QueryImplType } from 'mingo/types/query/_internal'
import { findNear, distanceMeters, resolvePath, toLngLat, geoQueryOps } from './geo'
import { expressionOps } from './expression-ops'
import { queryOps } from './query-ops'
import type { Doc, FindOptions } from './types'

// mingo's subpath modules have no typings reachable with moduleResolution "node", and
// query/_internal is not in its exports map: load them by file path (mingo 6.x layout).
const mingoDir = path.dirname(require.resolve('mingo')) // .../mingo/cjs
const fullContext = (require(path.join(mingoDir, 'init', 'context.js')) as { default: () => Context }).default
const core = require(path.join(mingoDir, 'core.js')) as { initOptions(options?: Partial<Options>): Options }
const { QueryImpl } = require(path.join(mingoDir, 'query', '_internal.js')) as {
  QueryImpl: typeof QueryImplType
}

/**
 * Every operator mingo has, plus ours. Our operators go in first: mingo keeps the first
 * registration of a name, so they win over its own.
 */
export const mingoContext: Context = Context.merge(
  Context.init({
    query: { ...geoQueryOps, ...queryOps },
    expression: expressionOps,
  }),
  fullContext(),
)
const options: Options = core.initOptions({ context: mingoContext })

export type Predicate = (doc: Doc) => boolean

export function compileFilter(filter: Doc): Predicate {
  if (Object.keys(filter).length === 0) return () => true
  const q = new QueryImpl(filter, options)
  return (doc) => q.test(doc)
}

/**
 * The field names of a plain inclusion projection ({a: true, b: 1}, _id kept unless 0/false), or
 * undefined when mingo must apply it (exclusions, dotted paths, operators, expressions).
 */
function simpleInclusion(projection: Doc): { fields: string[]; withId: boolean } | undefined {
  const fields: string[] = []
  let withId = true
  for (const [k, v] of Object.entries(projection)) {
    if (k === '_id' && (v === 0 || v === false)) withId = false
    else if (v !== 1 && v !== true) return undefined
    else if (k.includes('.') || k.startsWith('$')) return undefined
    else if (k !== '_id') fields.push(k)
  }
  return fields.length > 0 ? { fields, withId } : undefined
}

function pick(doc: Doc, p: { fields: string[]; withId: boolean }): Doc {
  const out: Doc = {}
  if (p.withId && doc._id !== undefined) out._id = doc._id
  for (const f of p.fields) if (doc[f] !== undefined) out[f] = doc[f]
  return out
}

/**
 * Order, page and project matched documents. A $nearSphere query orders by distance (nearest
 * first) unless the caller sorted explicitly, as in MongoDB.
 */
export function shapeResults(docs: Doc[], filter: Doc, opts: FindOptions): Doc[] {
  let input = docs
  const near = opts.sort && Object.keys(opts.sort).length > 0 ? undefined : findNear(filter)
  if (near) {
    const dist = (d: Doc): number => {
      const p = toLngLat(resolvePath(d, near.field))
      return p ? distanceMeters(p, near.spec.center) : Infinity
    }
    input = docs
      .map((d, i) => ({ d, i, k: dist(d) }))
      .sort((a, b) => a.k - b.k || a.i - b.i)
      .map((x) => x.d)
  }
  const projection = opts.projection && Object.keys(opts.projection).length > 0 ? opts.projection : undefined
  const noSort = !opts.sort || Object.keys(opts.sort).length === 0
  const simple = projection && simpleInclusion(projection)
  if (noSort && (!projection || simple)) {
    const start = opts.skip ?? 0
    const page = input.slice(start, opts.limit === undefined ? undefined : start + opts.limit)
    return simple ? page.map((d) => pick(d, simple)) : page
  }
  let cursor = new QueryImpl({}, options).find<Doc>(input, projection)
  if (!noSort) cursor = cursor.sort(opts.sort as Doc)
  if (opts.skip) cursor = cursor.skip(opts.skip)
  if (opts.limit !== undefined) cursor = cursor.limit(opts.limit)
  return cursor.all()
}
