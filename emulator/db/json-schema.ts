// MongoDB's $jsonSchema query operator (draft 4 plus bsonType), the subset CloudBase documents.
// Keywords outside it are refused with a request failure rather than silently ignored, so a query
// never matches more than it would on CloudBase.
import { requestFailed } from './errors'
import type { Doc } from './types'

type Check = (v: unknown) => boolean
type Schema = Record<string, unknown>

const isDoc = (v: unknown): v is Doc =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp)

/** The BSON type aliases of a value, as $type and bsonType name them. */
function bsonTypes(v: unknown): string[] {
  if (v === null) return ['null']
  if (Array.isArray(v)) return ['array']
  if (v instanceof Date) return ['date']
  if (v instanceof RegExp) return ['regex']
  switch (typeof v) {
    case 'string':
      return ['string']
    case 'boolean':
      return ['bool']
    case 'number':
      return Number.isInteger(v) ? ['int', 'long', 'double', 'number'] : ['double', 'number']
    case 'object':
      return ['object']
    default:
      return []
  }
}

/** JSON Schema `type` names (integer is any integral number; no date or bool in JSON). */
function jsonTypes(v: unknown): string[] {
  if (v === null) return ['null']
  if (Array.isArray(v)) return ['array']
  if (typeof v === 'number') return Number.isInteger(v) ? ['integer', 'number'] : ['number']
  if (typeof v === 'string') return ['string']
  if (typeof v === 'boolean') return ['boolean']
  return isDoc(v) ? ['object'] : []
}

const names = (x: unknown): string[] => (Array.isArray(x) ? x.map(String) : [String(x)])
const num = (x: unknown, kw: string): number => {
  if (typeof x !== 'number') throw requestFailed(`$jsonSchema keyword '${kw}' must be a number`)
  return x
}
const schemas = (x: unknown, kw: string): Schema[] => {
  if (!Array.isArray(x) || !x.every(isDoc))
    throw requestFailed(`$jsonSchema keyword '${kw}' must be an array of schemas`)
  return x
}
const schemaOf = (x: unknown, kw: string): Schema => {
  if (!isDoc(x)) throw requestFailed(`$jsonSchema keyword '${kw}' must be a schema`)
  return x
}

/** One keyword's check; undefined for annotations that never fail a document. */
function keyword(kw: string, arg: unknown, schema: Schema): Check | undefined {
  switch (kw) {
    case 'bsonType':
      return (v) => bsonTypes(v).some((t) => names(arg).includes(t))
    case 'type':
      return (v) => jsonTypes(v).some((t) => names(arg).includes(t))
    case 'enum': {
      const allowed = (Array.isArray(arg) ? arg : []).map((x) => JSON.stringify(x))
      return (v) => allowed.includes(JSON.stringify(v))
    }
    case 'required': {
      const keys = names(arg)
      return (v) => !isDoc(v) || keys.every((k) => v[k] !== undefined)
    }
    case 'properties': {
      const props = Object.entries(schemaOf(arg, kw)).map(
        ([k, s]) => [k, compileSchema(schemaOf(s, k))] as const,
      )
      return (v) => !isDoc(v) || props.every(([k, check]) => v[k] === undefined || check(v[k]))
    }
    case 'additionalProperties': {
      const known = new Set(Object.keys(isDoc(schema.properties) ? schema.properties : {}))
      const extra: Check = typeof arg === 'boolean' ? () => arg : compileSchema(schemaOf(arg, kw))
      return (v) => !isDoc(v) || Object.entries(v).every(([k, x]) => known.has(k) || extra(x))
    }
    case 'minProperties':
      return (v) => !isDoc(v) || Object.keys(v).length >= num(arg, kw)
    case 'maxProperties':
      return (v) => !isDoc(v) || Object.keys(v).length <= num(arg, kw)
    case 'minimum':
      return (v) =>
        typeof v !== 'number' || (schema.exclusiveMinimum === true ? v > num(arg, kw) : v >= num(arg, kw))
    case 'maximum':
      return (v) =>
        typeof v !== 'number' || (schema.exclusiveMaximum === true ? v < num(arg, kw) : v <= num(arg, kw))
    case 'multipleOf':
      return (v) => typeof v !== 'number' || v % num(arg, kw) === 0
    case 'minLength':
      return (v) => typeof v !== 'string' || [...v].length >= num(arg, kw)
    case 'maxLength':
      return (v) => typeof v !== 'string' || [...v].length <= num(arg, kw)
    case 'pattern': {
      const re = new RegExp(String(arg), 'u')
      return (v) => typeof v !== 'string' || re.test(v)
    }
    case 'items': {
      const each = compileSchema(schemaOf(arg, kw))
      return (v) => !Array.isArray(v) || v.every(each)
    }
    case 'minItems':
      return (v) => !Array.isArray(v) || v.length >= num(arg, kw)
    case 'maxItems':
      return (v) => !Array.isArray(v) || v.length <= num(arg, kw)
    case 'uniqueItems':
      return (v) =>
        arg !== true || !Array.isArray(v) || new Set(v.map((x) => JSON.stringify(x))).size === v.length
    case 'allOf': {
      const all = schemas(arg, kw).map(compileSchema)
      return (v) => all.every((c) => c(v))
    }
    case 'anyOf': {
      const any = schemas(arg, kw).map(compileSchema)
      return (v) => any.some((c) => c(v))
    }
    case 'oneOf': {
      const one = schemas(arg, kw).map(compileSchema)
      return (v) => one.filter((c) => c(v)).length === 1
    }
    case 'not': {
      const inner = compileSchema(schemaOf(arg, kw))
      return (v) => !inner(v)
    }
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'title':
    case 'description':
      return undefined
    default:
      throw requestFailed(`$jsonSchema keyword '${kw}' is not supported`)
  }
}

export function compileSchema(schema: Schema): Check {
  const checks = Object.entries(schema)
    .map(([kw, arg]) => keyword(kw, arg, schema))
    .filter((c): c is Check => c !== undefined)
  return (v) => checks.every((c) => c(v))
}
