/**
 * True when a write failed on a unique key (an id or unique index already taken): the SDK reports
 * MongoDB's E11000 / DUPLICATE in errMsg or message. Callers treat it as "someone got there first".
 */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { errMsg?: unknown; message?: unknown } | null | undefined
  const text = e?.errMsg ?? e?.message ?? (typeof err === 'string' ? err : JSON.stringify(err))
  return /E11000|duplicate/i.test(String(text))
}
