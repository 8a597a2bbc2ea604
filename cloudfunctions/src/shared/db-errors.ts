/**
 * True when a write failed on a unique key (an id or unique index already taken): the SDK reports
 * MongoDB's E11000 / DUPLICATE in errMsg or message. Callers treat it as "someone got there first".
 */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { errMsg?: unknown; message?: unknown } | null | undefined
  const text = e?.errMsg ?? e?.message ?? (typeof err === 'string' ? err : JSON.stringify(err))
  return /E11000|duplicate/i.test(String(text))
}

/**
 * True when CloudBase refused a transaction on a write conflict. Inside the transaction the SDK
 * wraps it (errCode -501001, "[ResourceUnavailable.TransactionConflict]…" in errMsg); from commit
 * it comes raw with code DATABASE_TRANSACTION_CONFLICT.
 */
export function isTransactionConflict(err: unknown): boolean {
  const e = err as { code?: unknown; errMsg?: unknown; message?: unknown } | null | undefined
  if (e?.code === 'DATABASE_TRANSACTION_CONFLICT') return true
  return /TransactionConflict|DATABASE_TRANSACTION_CONFLICT/.test(String(e?.errMsg ?? e?.message ?? ''))
}
