// database.getDocument and database.calculateDocument.
import { countDocs, readDocs } from './doc-reader'
import { stringifyWire } from './wire-ejson'
import type { Engine, Handled } from './engine'
import { shapeResults } from './matcher'
import type { Doc, Metrics } from './types'
import { collectionName, decodeFindOptions, decodeObject, type Params } from './wire-params'
import { CommittedView } from './views'

/** `{_id: <scalar>}` and nothing else: a point lookup (doc(id) requests). */
export function pointId(filter: Doc): string | number | undefined {
  const keys = Object.keys(filter)
  const id = filter._id
  return keys.length === 1 && (typeof id === 'string' || typeof id === 'number') ? id : undefined
}

export function getDocument(engine: Engine, p: Params, metrics: Metrics): Handled {
  const name = collectionName(p)
  const table = engine.table(name)
  const now = engine.now()
  const filter = decodeObject(p.query, now, 'query')
  const opts = decodeFindOptions(p, now)
  if (p.queryType === 'DOC' || p.multi === false) opts.limit = 1
  const view = engine.view(p.transactionId)
  let docs: Doc[]
  const id = pointId(filter)
  if (id !== undefined) {
    // doc(id).get(): a missing id is an empty list, which wx-server-sdk turns into its
    // "document with _id ... does not exist" error (or data: null with throwOnNotFound: false).
    const hit = view.get(table, id)
    metrics.examined += hit ? 1 : 0
    docs = shapeResults(hit ? [hit.doc] : [], filter, opts)
    metrics.returned += docs.length
  } else if (view instanceof CommittedView) {
    docs = readDocs(table, filter, opts, metrics)
  } else {
    docs = shapeResults(
      view.find(table, filter, metrics).map((t) => t.doc),
      filter,
      opts,
    )
    metrics.returned += docs.length
  }
  return {
    collection: name,
    body: { data: { list: docs.map(stringifyWire), limit: opts.limit, offset: opts.skip } },
  }
}

export function calculateDocument(engine: Engine, p: Params, metrics: Metrics): Handled {
  const name = collectionName(p)
  const table = engine.table(name)
  const filter = decodeObject(p.query, engine.now(), 'query')
  const view = engine.view(p.transactionId)
  const total =
    view instanceof CommittedView
      ? countDocs(table, filter, metrics)
      : view.find(table, filter, metrics).length
  return { collection: name, body: { data: { total } } }
}
