/**
 * The part of wx-server-sdk's database API this app uses, typed by promise results. The SDK's own
 * typings mix callback overloads (`void | string`) into every result, which hides real mistakes.
 */
export type Doc = Record<string, unknown>
export type Where = Record<string, unknown>

export interface GetResult<T = Doc> {
  data: T[]
}
export interface CountResult {
  total: number
}
export interface UpdateResult {
  stats: { updated: number }
}
export interface RemoveResult {
  stats: { removed: number }
}
export interface AddResult {
  _id: string
}

export interface Query {
  /** A plain condition object, or a top-level `_.or(...)` / `_.and(...)` command. */
  where(query: Where | Command): Query
  orderBy(field: string, order: 'asc' | 'desc'): Query
  skip(n: number): Query
  limit(n: number): Query
  field(projection: Record<string, boolean | 0 | 1>): Query
  /** T names the stored shape the caller expects; the repo that reads it owns that claim. */
  get<T extends object = Doc>(): Promise<GetResult<T>>
  count(): Promise<CountResult>
  update(opts: { data: Doc }): Promise<UpdateResult>
  remove(): Promise<RemoveResult>
}

export interface DocRef {
  /** `data` is null for a missing document (the database is opened with throwOnNotFound: false). */
  get<T extends object = Doc>(): Promise<{ data: T | null }>
  set(opts: { data: Doc }): Promise<{ _id: string; stats: { updated: number; created: number } }>
  update(opts: { data: Doc }): Promise<UpdateResult>
  remove(): Promise<RemoveResult>
}

export interface Aggregate {
  match(q: Where): Aggregate
  group(g: Doc): Aggregate
  project(p: Doc): Aggregate
  sort(s: Record<string, 1 | -1>): Aggregate
  skip(n: number): Aggregate
  limit(n: number): Aggregate
  lookup(l: Doc): Aggregate
  unwind(u: string | Doc): Aggregate
  count(field: string): Aggregate
  addFields(f: Doc): Aggregate
  end(): Promise<{ list: Doc[] }>
}

export interface Collection extends Query {
  doc(id: string): DocRef
  add(opts: { data: Doc | Doc[] }): Promise<AddResult & { _ids?: string[] }>
  aggregate(): Aggregate
}

export interface Command {
  in(values: unknown[]): unknown
  nin(values: unknown[]): unknown
  eq(v: unknown): unknown
  neq(v: unknown): unknown
  gt(v: unknown): Command
  gte(v: unknown): Command
  lt(v: unknown): Command
  lte(v: unknown): Command
  and(...conds: unknown[]): Command
  or(...conds: unknown[]): Command
  exists(v: boolean): unknown
  inc(n: number): unknown
  set(v: unknown): unknown
  remove(): unknown
  push(v: unknown): unknown
  pull(v: unknown): unknown
  addToSet(v: unknown): unknown
  elemMatch(v: unknown): unknown
}

export interface Transaction {
  collection(name: string): { doc(id: string): DocRef; add(opts: { data: Doc }): Promise<AddResult> }
}

export interface Database {
  collection(name: string): Collection
  command: Command
  serverDate(opts?: { offset?: number }): unknown
  runTransaction<T>(fn: (tx: Transaction) => Promise<T>, retries?: number): Promise<T>
}
