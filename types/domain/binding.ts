/**
 * Rules of binding a WeChat user to a person record. A code is short enough to read out on the phone
 * and long enough that 10 guesses an hour find nothing.
 */
export const BIND_CODE_TTL_DAYS = 7
export const MAX_FAILED_BIND_ATTEMPTS_PER_HOUR = 10
/** No 0/O, 1/I/L: codes are read aloud and typed on a phone. */
export const BIND_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const BIND_CODE_LENGTH = 8

/** Upper case, spaces and dashes dropped: "k7m4-q9xp" and "K7M4Q9XP" are the same code. */
export function normalizeBindCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase()
}

/** "K7M4Q9XP" → "K7M4-Q9XP", easier to read out. */
export function formatBindCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code
}

export function bindCodeExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + BIND_CODE_TTL_DAYS * 24 * 3600 * 1000)
}

export const BIND_REQUEST_STATUS_LABELS = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已拒绝',
} as const
export type BindRequestStatus = keyof typeof BIND_REQUEST_STATUS_LABELS
