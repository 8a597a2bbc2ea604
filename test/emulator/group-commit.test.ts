// Group commit: the writes of invocations that settle together share one SQLite commit, and no
// answer leaves before its writes are committed - what another connection to the file sees.
import { statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'

const HELLO = join(__dirname, '..', 'fixtures', 'functions', 'hello')
let run: RunningCloud

beforeEach(async () => {
  run = await startLocalCloud({ http: false, seed: 'none' })
})
afterEach(() => run.stop())

/** What a second connection sees: only committed rows. */
function committedVisits(): number {
  const other = new Database(join(run.cloud.dataDir, 'db.sqlite'), { readonly: true })
  try {
    return other.prepare('SELECT COUNT(*) FROM c_hello_visits').pluck().get() as number
  } finally {
    other.close()
  }
}

const hello = (openid: string, delayMs = 0) => run.cloud.invoke(HELLO, { delayMs }, { openid })

describe('group commit', () => {
  test('ten invocations at once answer only after their writes are committed, in fewer commits than writes', async () => {
    await hello('o-first') // creates the collection
    const before = run.cloud.db.groupCommits
    await Promise.all(Array.from({ length: 10 }, (_, i) => hello(`o-${i}`)))
    expect(committedVisits()).toBe(11)
    expect(run.cloud.db.groupCommits - before).toBeLessThan(10)
  })

  test('a long invocation does not hold back the commit of one that finished', async () => {
    await hello('o-first')
    const slow = hello('o-slow', 400)
    await new Promise((r) => setTimeout(r, 50)) // the slow one has written and is waiting
    await hello('o-quick')
    expect(committedVisits()).toBe(3)
    await slow
  })

  test('a commit that fails fails the invocations whose writes it held, and leaves none of their rows', async () => {
    await hello('o-first')
    const batch = (run.cloud.db as unknown as { store: { batch: { stmt(): { commit: { run(): void } } } } })
      .store.batch
    const statements = batch.stmt()
    const commit = statements.commit
    statements.commit = {
      run: () => {
        statements.commit = commit
        throw new Error('disk I/O error (injected)')
      },
    }
    const results = await Promise.allSettled([hello('o-a'), hello('o-b')])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect(String((results[0] as PromiseRejectedResult).reason)).toContain('本次写入未保存')
    expect(committedVisits()).toBe(1)
    expect(run.cloud.db.count('hello_visits')).toBe(1)
    await hello('o-after')
    expect(committedVisits()).toBe(2)
  })

  test('the write-ahead log is copied into the database file in the background', async () => {
    const file = join(run.cloud.dataDir, 'db.sqlite')
    const before = statSync(file).size
    for (let i = 0; i < 40; i++)
      run.cloud.db.insertMany(
        'audit_log',
        Array.from({ length: 50 }, (_, j) => ({ at: new Date(), summary: 'x'.repeat(400) + i + j })),
      )
    await new Promise((r) => setTimeout(r, 800))
    expect(statSync(file).size).toBeGreaterThan(before + 500_000)
  })
})
