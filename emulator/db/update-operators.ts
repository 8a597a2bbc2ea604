// Applies CloudBase update documents. db.command operators arrive as Mongo update operators
// ($inc, $push with $each/$position/$slice, $pop 1/-1 for pop/shift, $unset for remove(), ...);
// mingo's updater implements their MongoDB semantics and reports which paths changed, which is
// what `updated` counts (MongoDB's modifiedCount: a no-op update reports 0).
import { createUpdater } from 'mingo'
import { resolvePath } from './geo'
import { isEqual } from './value-equal'
import { requestFailed } from './errors'
import type { Doc } from './types'

const SUPPORTED = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$currentDate',
  '$push',
  '$pull',
  '$pullAll',
  '$addToSet',
  '$pop',
])

type Updater = ReturnType<typeof createUpdater>
type UpdateExpr = Parameters<Updater>[1]

// Deep clone so documents never share arrays/objects with the request payload.
const updater: Updater = createUpdater({ cloneMode: 'deep' })

function touchesId(path: string): boolean {
  return path === '_id' || path.startsWith('_id.')
}

function immutableId(): Error {
  return requestFailed("Performing an update on the path '_id' would modify the immutable field '_id'")
}

/** True when `update` is made of operators ($set...), false for a plain replacement/merge doc. */
export function isOperatorUpdate(update: Doc): boolean {
  const keys = Object.keys(update)
  const ops = keys.filter((k) => k.startsWith('$'))
  if (ops.length > 0 && ops.length !== keys.length) {
    throw requestFailed('update document mixes operators and plain fields')
  }
  return ops.length > 0
}

/** Operators that only remove from arrays: MongoDB ignores them on a missing field. */
const ARRAY_REMOVERS = new Set(['$pull', '$pullAll', '$pop'])

function existingArrays(doc: Doc, op: string, args: Doc): Doc {
  const out: Doc = {}
  for (const [path, arg] of Object.entries(args)) {
    const current = resolvePath(doc, path)
    if (current === undefined || current === null) continue // no-op, as in MongoDB
    if (!Array.isArray(current))
      throw requestFailed(`Cannot apply ${op} to a non-array value (field '${path}')`)
    out[path] = arg
  }
  return out
}

/** Apply operators in place; returns whether anything changed. */
export function applyOperators(doc: Doc, update: Doc): boolean {
  let changed = false
  for (const [op, args] of Object.entries(update)) {
    if (!SUPPORTED.has(op)) throw requestFailed(`unknown update operator: ${op}`)
    if (args === null || typeof args !== 'object') throw requestFailed(`${op} expects an object`)
    for (const [path, arg] of Object.entries(args as Doc)) {
      if (touchesId(path) || (op === '$rename' && typeof arg === 'string' && touchesId(arg)))
        throw immutableId()
    }
    const effective = ARRAY_REMOVERS.has(op) ? existingArrays(doc, op, args as Doc) : args
    if (Object.keys(effective as Doc).length === 0) continue
    const paths = updater(doc, { [op]: effective } as unknown as UpdateExpr)
    if (paths.length > 0) changed = true
  }
  return changed
}

/**
 * Merge without operators (merge: true with a plain object): every path is $set. The SDK never
 * sends this itself (it always encodes $set), but raw wire callers may.
 */
export function applyMerge(doc: Doc, fields: Doc): boolean {
  return applyOperators(doc, { $set: fields })
}

/** doc.set(): replace everything but `_id`. */
export function replaceDoc(existing: Doc, replacement: Doc): Doc {
  if ('_id' in replacement && !isEqual(replacement._id, existing._id)) throw immutableId()
  const doc: Doc = { _id: existing._id }
  for (const [k, v] of Object.entries(replacement)) if (k !== '_id') doc[k] = v
  return doc
}
