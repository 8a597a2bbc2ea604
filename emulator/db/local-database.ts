// The public face of the local CloudBase database: `send` is the wire entry the SDK's requester
// calls; the other methods are privileged helpers for seeding, the console and tests.
import { randomUUID } from 'crypto'
import { countDocs, readDocs } from './doc-reader'
import { Engine } from './engine'
import { ErrorCodes, WireError } from './errors'
import { SqliteStore } from './sqlite-store'
import type { CollectionDecl, Doc, Metrics, RequestInfo, SortSpec, WireResponse } from './types'
import { handleAction } from './wire-actions'

export type { CollectionDecl, RequestInfo, WireResponse } from './types'
export { loadCollections } from './collections'

export class LocalDatabase {
  /** Called after every send, for per-invocation metrics. */
  onRequest?: (info: RequestInfo) => void
  private readonly store: SqliteStore
  private readonly engine: Engine

  constructor(opts: { file: string; collections: CollectionDecl[] }) {
    this.store = new SqliteStore(opts.file, opts.collections)
    this.engine = new Engine(this.store)
  }

  /** The wire entry. Never throws for bad requests: resolves with { code, message, requestId }. */
  async send(action: string, params: Record<string, unknown>): Promise<WireResponse> {
    const started = performance.now()
    const metrics: Metrics = { examined: 0, returned: 0 }
    const requestId = randomUUID()
    const p = params ?? {}
    let collection = typeof p.collectionName === 'string' ? p.collectionName : undefined
    let response: WireResponse
    try {
      const handled = handleAction(this.engine, action, p, metrics)
      collection = handled.collection ?? collection
      response = { requestId, ...handled.body }
    } catch (e) {
      // mingo and SQLite errors (bad operator, malformed pipeline) surface as request failures.
      const code = e instanceof WireError ? e.code : ErrorCodes.REQUEST_FAILED
      response = { requestId, code, message: e instanceof Error ? e.message : String(e) }
    }
    const info: RequestInfo = {
      action,
      collection,
      examined: metrics.examined,
      returned: metrics.returned,
      ms: performance.now() - started,
      ok: response.code === undefined,
    }
    this.onRequest?.(info)
    return response
  }

  /**
   * Group commit: writes made while this returns an owner (the local cloud returns the current
   * invocation) commit together when the owner settles; others commit at once.
   */
  set writeOwner(fn: () => object | undefined) {
    this.store.writeOwner = fn
  }

  /** Group commits made so far (each may hold the writes of several invocations). */
  get groupCommits(): number {
    return this.store.groupCommits
  }

  /** Resolves once everything written so far is durable; rejects if `owner`'s writes were lost. */
  settle(owner: object): Promise<void> {
    return this.store.settle(owner)
  }

  /** Seed documents in one SQLite transaction; missing _ids are generated. */
  insertMany(collection: string, docs: Array<Record<string, unknown>>): void {
    const table = this.engine.table(collection)
    this.store.atomic(() => {
      for (const d of docs) {
        const doc: Doc = { _id: undefined, ...d }
        if (doc._id === undefined || doc._id === null) doc._id = this.engine.newId()
        this.engine.committed.insert(table, doc)
      }
    })
  }

  find(
    collection: string,
    query: Record<string, unknown> = {},
    opts: { sort?: SortSpec; skip?: number; limit?: number } = {},
  ): Array<Record<string, unknown>> {
    const metrics: Metrics = { examined: 0, returned: 0 }
    return readDocs(this.engine.table(collection), query, opts, metrics)
  }

  count(collection: string, query: Record<string, unknown> = {}): number {
    return countDocs(this.engine.table(collection), query, { examined: 0, returned: 0 })
  }

  collectionNames(): string[] {
    return this.store.names()
  }

  /** Whole database, every collection in insertion order, for "nothing changed" assertions. */
  snapshot(): Record<string, Array<Record<string, unknown>>> {
    const out: Record<string, Array<Record<string, unknown>>> = {}
    for (const name of this.store.names()) out[name] = this.find(name)
    return out
  }

  clear(): void {
    this.store.clear()
  }

  close(): void {
    this.store.close()
  }
}
