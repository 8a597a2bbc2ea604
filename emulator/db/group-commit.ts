// One SQLite transaction shared by the writes of concurrent invocations, committed when they
// settle. SQLite pays per commit (lock, WAL frames, index pages), so the writes that arrive in
// one turn of the event loop commit together; every answer still leaves only after its commit.
import type Database from 'better-sqlite3'

interface Store {
  readonly db: Database.Database
}

export class BatchLostError extends Error {
  constructor(cause: unknown) {
    super(`本地数据库提交失败，本次写入未保存：${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'BatchLostError'
  }
}

export class GroupCommit {
  /** Commits of the shared transaction so far (diagnostics, tests). */
  commits = 0
  private open = false
  /** Owners with writes in the open transaction. */
  private readonly owners = new Set<object>()
  /** Owners whose writes were rolled back by a failed commit. */
  private readonly lost = new WeakMap<object, unknown>()
  private pending: Promise<void> | null = null
  private statements?: { begin: Database.Statement; commit: Database.Statement; rollback: Database.Statement }

  constructor(private readonly store: Store) {}

  private stmt() {
    this.statements ??= {
      begin: this.store.db.prepare('BEGIN'),
      commit: this.store.db.prepare('COMMIT'),
      rollback: this.store.db.prepare('ROLLBACK'),
    }
    return this.statements
  }

  /** Opens the shared transaction if needed; the caller's writes then run as a savepoint in it. */
  join(owner: object): void {
    if (this.open && !this.store.db.inTransaction) this.fail(new Error('SQLite rolled the transaction back'))
    if (!this.open) {
      this.stmt().begin.run()
      this.open = true
    }
    this.owners.add(owner)
  }

  /** Commits the shared transaction now (a write without an owner, or closing). */
  commitNow(): void {
    if (!this.open) return
    try {
      if (!this.store.db.inTransaction) throw new Error('SQLite rolled the transaction back')
      this.stmt().commit.run()
      this.commits++
      this.open = false
      this.owners.clear()
    } catch (err) {
      if (this.store.db.inTransaction) this.stmt().rollback.run()
      this.fail(err)
      throw new BatchLostError(err)
    }
  }

  /** The open transaction is gone: whoever wrote in it has lost those writes. */
  private fail(cause: unknown): void {
    this.open = false
    for (const o of this.owners) this.lost.set(o, cause)
    this.owners.clear()
  }

  /**
   * Waits for the commit of everything written so far - also by others, since the owner may
   * have read it - sharing one commit with every owner settling in this turn of the event loop.
   */
  async settle(owner: object): Promise<void> {
    if (this.open) {
      this.pending ??= new Promise<void>((resolve) => {
        setImmediate(() => {
          this.pending = null
          try {
            this.commitNow()
          } catch {
            // Owners learn about a lost commit below.
          }
          resolve()
        })
      })
      await this.pending
    }
    if (this.lost.has(owner)) throw new BatchLostError(this.lost.get(owner))
  }
}
