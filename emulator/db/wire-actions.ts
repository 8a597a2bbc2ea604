// One handler per wire action of @cloudbase/database 1.4.3 (the `send(action, params)` calls of
// query.js, document.js, collection.js, aggregate.js, transaction/index.js and index.js).
import { aggregateDocuments } from './aggregate'
import type { Engine, Handled, Handler } from './engine'
import { ErrorCodes, WireError, requestFailed } from './errors'
import type { Metrics } from './types'
import { collectionName, type Params } from './wire-params'
import { calculateDocument, getDocument } from './wire-reads'
import { insertDocument, modifyDocument, removeDocument } from './wire-writes'

function startTransaction(engine: Engine): Handled {
  const tx = engine.txm.start(engine.now())
  return { body: { transactionId: tx.id } }
}

/** Conflict check, then every staged write in one SQLite transaction (recording what each replaced for other open transactions' snapshots). */
function commitTransaction(engine: Engine, p: Params, metrics: Metrics): Handled {
  const { txm, store } = engine
  const tx = txm.get(p.transactionId)
  txm.checkConflicts(tx)
  const writes = [...tx.writes.values()]
  try {
    const befores = store.atomic(() =>
      writes.map((w) => {
        const table = engine.table(w.collection)
        const existing = table.getById(w.id)
        if (w.doc === null) {
          if (existing) table.delete(existing.rowid)
        } else if (existing) table.update(existing.rowid, w.doc)
        else table.insert(w.doc)
        return existing?.doc ?? null
      }),
    )
    writes.forEach((w, i) => txm.noteCommitted(w.collection, w.id, befores[i]))
  } finally {
    txm.finish(tx)
  }
  metrics.returned += writes.length
  return { body: {} }
}

function abortTransaction(engine: Engine, p: Params): Handled {
  engine.txm.finish(engine.txm.get(p.transactionId))
  return { body: {} }
}

function addCollection(engine: Engine, p: Params): Handled {
  const name = collectionName(p)
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) throw requestFailed(`invalid collection name: ${name}`)
  if (!engine.store.createCollection(name)) {
    throw new WireError(ErrorCodes.COLLECTION_ALREADY_EXIST, `Table exist: collection ${name} already exists`)
  }
  return { collection: name, body: {} }
}

const HANDLERS: Record<string, Handler> = {
  'database.insertDocument': insertDocument,
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.modifyDocument': modifyDocument,
  'database.removeDocument': removeDocument,
  'database.aggregateDocuments': aggregateDocuments,
  'database.startTransaction': startTransaction,
  'database.commitTransaction': commitTransaction,
  'database.abortTransaction': abortTransaction,
  'database.addCollection': addCollection,
}

export function handleAction(engine: Engine, action: string, params: Params, metrics: Metrics): Handled {
  const handler = HANDLERS[action]
  if (!handler) throw requestFailed(`action ${action} is not supported by the local database`)
  return handler(engine, params, metrics)
}
