// database.insertDocument, database.modifyDocument, database.removeDocument.
// Each request is one SQLite transaction: a failure (duplicate key, bad operator) writes nothing.
import type { CollectionTable } from './collection-table'
import type { Engine, Handled } from './engine'
import { invalidParam, requestFailed } from './errors'
import { applyMerge, applyOperators, isOperatorUpdate, replaceDoc } from './update-operators'
import type { Doc, Metrics } from './types'
import type { Target, View } from './views'
import { collectionName, decodeDocs, decodeObject, type Params } from './wire-params'
import { pointId } from './wire-reads'

function checkId(id: unknown): string | number {
  if (typeof id === 'string' && id !== '') return id
  if (typeof id === 'number' && Number.isFinite(id)) return id
  throw invalidParam('_id must be a non-empty string or a number')
}

/**
 * CloudBase refuses db.serverDate() in transactional writes (tcb-admin-node transaction.test.ts,
 * 'runTransaction': "事务内插入 含 serverDate 类型文档 报错不支持"); so do we, rather than let it
 * work here and fail in production.
 */
function refuseServerDateInTransaction(p: Params): void {
  if (p.transactionId === undefined || p.transactionId === null || p.transactionId === '') return
  if (JSON.stringify(p.data ?? null).includes('$tcb_server_date')) {
    throw requestFailed(
      'serverDate is not supported inside a transaction: write a date computed by the function',
    )
  }
}

export function insertDocument(engine: Engine, p: Params, metrics: Metrics): Handled {
  const name = collectionName(p)
  const table = engine.table(name)
  refuseServerDateInTransaction(p)
  const docs = decodeDocs(p.data, engine.now())
  const view = engine.view(p.transactionId)
  const ids: Array<string | number> = []
  engine.store.atomic(() => {
    for (const data of docs) {
      const id = data._id === undefined ? engine.newId() : checkId(data._id)
      const doc: Doc = { _id: id, ...data }
      view.insert(table, doc)
      ids.push(id)
    }
  })
  metrics.returned += ids.length
  return { collection: name, body: { data: { insertedIds: ids } } }
}

function targetsOf(
  view: View,
  table: CollectionTable,
  filter: Doc,
  multi: boolean,
  metrics: Metrics,
): Target[] {
  const id = pointId(filter)
  if (id !== undefined) {
    const hit = view.get(table, id)
    metrics.examined += hit ? 1 : 0
    return hit ? [hit] : []
  }
  return view.find(table, filter, metrics, multi ? undefined : 1)
}

/** Fields an upsert copies from the filter: top-level equality conditions, as in MongoDB. */
function seedFromFilter(filter: Doc): Doc {
  const seed: Doc = {}
  for (const [k, v] of Object.entries(filter)) {
    if (k.startsWith('$')) continue
    const isOperator = v !== null && typeof v === 'object' && Object.keys(v).some((x) => x.startsWith('$'))
    if (!isOperator) seed[k] = v
  }
  return seed
}

function upsert(
  engine: Engine,
  view: View,
  table: CollectionTable,
  filter: Doc,
  data: Doc,
  merge: boolean,
): string | number {
  const id = filter._id === undefined ? engine.newId() : checkId(filter._id)
  let doc: Doc = { _id: id }
  if (merge) {
    const seed = seedFromFilter(filter)
    delete seed._id
    if (Object.keys(seed).length > 0) applyOperators(doc, { $set: seed })
    if (isOperatorUpdate(data)) applyOperators(doc, data)
    else applyMerge(doc, data)
  } else {
    doc = replaceDoc(doc, data)
  }
  view.insert(table, doc)
  return id
}

export function modifyDocument(engine: Engine, p: Params, metrics: Metrics): Handled {
  const name = collectionName(p)
  const table = engine.table(name)
  const now = engine.now()
  refuseServerDateInTransaction(p)
  const filter = decodeObject(p.query, now, 'query')
  const data = decodeObject(p.data, now, 'data')
  const multi = p.queryType !== 'DOC' && p.multi !== false
  const merge = p.merge !== false
  const view = engine.view(p.transactionId)
  if (merge)
    isOperatorUpdate(data) // validate before touching anything
  else if (Object.keys(data).some((k) => k.startsWith('$')))
    throw invalidParam('set() data must not contain update operators')
  const result = engine.store.atomic((): Record<string, unknown> => {
    const targets = targetsOf(view, table, filter, multi, metrics)
    if (targets.length === 0) {
      return p.upsert === true
        ? { updated: 0, upsert_id: upsert(engine, view, table, filter, data, merge) }
        : { updated: 0 }
    }
    let updated = 0
    for (const t of targets) {
      let next: Doc = t.doc
      let changed: boolean
      // CloudBase counts a set() as an update even when the content is unchanged (tcb-admin-node
      // geo.test.ts); an unchanged update() counts 0, as MongoDB's nModified.
      if (!merge) [next, changed] = [replaceDoc(t.doc, data), true]
      else changed = isOperatorUpdate(data) ? applyOperators(next, data) : applyMerge(next, data)
      if (changed) {
        view.replace(table, t, next)
        updated++
      }
    }
    return { updated }
  })
  metrics.returned += Number(result.updated)
  return { collection: name, body: { data: result } }
}

export function removeDocument(engine: Engine, p: Params, metrics: Metrics): Handled {
  const name = collectionName(p)
  const table = engine.table(name)
  const filter = decodeObject(p.query, engine.now(), 'query')
  const multi = p.queryType !== 'DOC' && p.multi !== false
  const view = engine.view(p.transactionId)
  const deleted = engine.store.atomic(() => {
    const targets = targetsOf(view, table, filter, multi, metrics)
    for (const t of targets) view.remove(table, t)
    return targets.length
  })
  metrics.returned += deleted
  return { collection: name, body: { data: { deleted } } }
}
