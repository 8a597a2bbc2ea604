import { AppError } from '@contract/errors'
import { isTransactionConflict } from './db-errors'
import type { Database, Transaction } from './db-types'

/** Whole attempts of the callback before a caller is told to try again. */
const ATTEMPTS = 5

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * db.runTransaction, retried on write conflicts. CloudBase refuses a conflicting write inside the
 * transaction (another open transaction wrote the document, or it changed since ours began);
 * wx-server-sdk wraps that error, so the SDK's own retry (which only sees a raw conflict from
 * commit) never runs. Each attempt re-reads, so the callback decides again on fresh data. When
 * conflicts persist the caller gets a clear `conflict` error, never a half-applied change.
 */
export async function inTransaction<T>(db: Database, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.runTransaction(fn)
    } catch (err) {
      if (!isTransactionConflict(err)) throw err
      if (attempt >= ATTEMPTS) throw new AppError('conflict', '数据正被他人同时修改，请稍后重试')
      // A short random pause, so callers that collided do not collide again in lockstep.
      await pause(Math.floor(Math.random() * 20 * attempt))
    }
  }
}
