/**
 * Pure checks of Chinese resident ID numbers (GB 11643-1999) and mobile numbers, so an import rejects
 * a mistyped digit instead of storing a record no lookup will ever find.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export function idCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

export function normalizeIdNumber(raw: string): string {
  return raw.trim().toUpperCase()
}

/** 18 characters, a real birth date, and the check character right. */
export function isValidIdNumber(raw: string): boolean {
  const id = normalizeIdNumber(raw)
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  const date = new Date(Date.UTC(y, m - 1, d))
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return false
  return idCheckChar(id) === id[17]
}

export function normalizePhone(raw: string): string {
  return raw.replace(/[\s-]/g, '')
}

/** Mainland mobile numbers: 11 digits starting 13–19. */
export function isValidMobile(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalizePhone(raw))
}
