// Shared shapes of the local database. Kept in one small file so every module agrees on them.

/** A stored document as plain JS (Dates as Date, RegExps as RegExp, numbers as number). */
export type Doc = Record<string, unknown>

/** A declared collection (from database/collections.json or addCollection at runtime). */
export interface CollectionDecl {
  name: string
  indexes: Array<{ name: string; keys: Record<string, 1 | -1>; unique?: boolean }>
}

/** Per-request metrics handed to LocalDatabase.onRequest. */
export interface RequestInfo {
  action: string
  collection?: string
  examined: number
  returned: number
  ms: number
  ok: boolean
}

/**
 * What the SDK's requester `send()` resolves with. Success bodies carry `data` (or a top-level
 * `transactionId`); failures carry `code` + `message`, which the SDK turns into its own errors.
 */
export interface WireResponse {
  requestId: string
  code?: string
  message?: string
  data?: Record<string, unknown>
  transactionId?: string
}

/** Sort spec in Mongo form: field path -> direction. */
export type SortSpec = Record<string, 1 | -1>

/** Options of a read, already decoded from the wire. */
export interface FindOptions {
  sort?: SortSpec
  skip?: number
  limit?: number
  projection?: Doc
}

/** Counters filled in while a request runs, reported through onRequest. */
export interface Metrics {
  examined: number
  returned: number
}
