// Runs idiomatic wx-server-sdk code against a LocalDatabase in a temp SQLite file.
// Each jest test file has its own module registry, so each gets a fresh SDK patched for its DB.
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { LocalDatabase } from '../../../emulator/db/local-database'
import type { CollectionDecl } from '../../../emulator/db/types'
import { installDbTransport } from '../../../emulator/sdk/db-transport'

export type Sdk = typeof import('wx-server-sdk')

// The SDK's own typings return `Promise<... | void | string>` unions (callback overloads); the
// tests use the promise style only, so they see the SDK through these narrower shapes.
export type Row = Record<string, unknown>
export interface Cmd {
  and(...args: unknown[]): Cmd
  or(...args: unknown[]): Cmd
}
export type Command = Record<string, (...args: unknown[]) => Cmd>
export interface Query {
  where(q: object): Query
  orderBy(field: string, dir: 'asc' | 'desc'): Query
  skip(n: number): Query
  limit(n: number): Query
  field(p: object): Query
  get(): Promise<{ data: Row[] }>
  count(): Promise<{ total: number }>
  update(o: { data: object }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}
export interface DocRef {
  field(p: object): DocRef
  get(): Promise<{ data: Row }>
  update(o: { data: object }): Promise<{ stats: { updated: number } }>
  set(o: { data: object }): Promise<{ _id: string; stats: { updated: number; created: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}
export type Aggregate = { [stage: string]: (v?: unknown) => Aggregate } & { end(): Promise<{ list: Row[] }> }
export interface Collection extends Query {
  doc(id: string): DocRef
  add(o: { data: object }): Promise<{ _id: string; _ids: string[] }>
  aggregate(): Aggregate
}
export interface Tx {
  collection(name: string): Collection
  commit(): Promise<unknown>
  rollback(reason?: unknown): Promise<unknown>
}
export interface SdkDb {
  collection(name: string): Collection
  command: Command
  serverDate(o?: { offset: number }): unknown
  RegExp(o: { regexp: string; options?: string }): unknown
  Geo: Record<'Point' | 'LineString' | 'Polygon', (...args: unknown[]) => unknown>
  runTransaction<T>(fn: (tx: Tx) => Promise<T>, times?: number): Promise<T>
  startTransaction(): Promise<Tx>
  createCollection(name: string): Promise<unknown>
}

export const TEST_COLLECTIONS: CollectionDecl[] = [
  {
    name: 'items',
    indexes: [
      { name: 'sku', keys: { sku: 1 }, unique: true },
      { name: 'cat', keys: { cat: 1 } },
      { name: 'at', keys: { at: -1 } },
      { name: 'n', keys: { n: 1 } },
    ],
  },
  { name: 'places', indexes: [] },
  { name: 'orders', indexes: [{ name: 'user', keys: { userId: 1 } }] },
  { name: 'users', indexes: [] },
  { name: 'accounts', indexes: [] },
]

export interface Harness {
  local: LocalDatabase
  cloud: Sdk
  db: SdkDb
  _: Command
  file: string
  dir: string
  close(): void
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `zhucun-${prefix}-`))
}

export function startHarness(name: string, collections: CollectionDecl[] = TEST_COLLECTIONS): Harness {
  const dir = tempDir(name)
  const file = path.join(dir, 'db.sqlite')
  const local = new LocalDatabase({ file, collections })
  installDbTransport(() => local)
  const cloud = require('wx-server-sdk') as Sdk
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  const db = cloud.database() as unknown as SdkDb
  return {
    local,
    cloud,
    db,
    _: db.command,
    file,
    dir,
    close() {
      local.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The rejection of `p`, failing the test if it resolves. */
export async function failure(p: Promise<unknown>): Promise<Error & { errCode?: number; code?: string }> {
  try {
    await p
  } catch (e) {
    return e as Error & { errCode?: number }
  }
  throw new Error('expected the call to fail, but it succeeded')
}

/** Aggregation expression operators of the SDK's command object, which its typings leave out. */
export type AggregateOps = Record<string, (...args: unknown[]) => unknown>
export const aggregateOps = (h: Harness): AggregateOps =>
  (h._ as unknown as { aggregate: AggregateOps }).aggregate
