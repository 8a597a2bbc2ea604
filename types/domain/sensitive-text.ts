import { isValidIdNumber } from './id-number'

/**
 * Finds ID and mobile numbers written out in full in free text (公示 bodies, attachment names,
 * villagers' objections). Pure, so the editor can warn before the server refuses.
 */
export interface SensitiveHit {
  kind: 'id' | 'phone'
  /** The number as it may be shown: masked like 4101**********1234 / 138****5678. */
  masked: string
  index: number
  length: number
}

// Digit runs bounded by non-digits, so a long number is not read as a shorter one inside it.
const ID18 = /(?<![0-9])\d{17}[\dXx](?![0-9Xx])/g
const ID15 = /(?<![0-9])\d{15}(?![0-9Xx])/g
const MOBILE = /(?<![0-9])1[3-9]\d{9}(?![0-9])/g

export function maskIdText(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`
}
export function maskPhoneText(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`
}

/** A 15-digit (first generation) ID number carries YYMMDD at 6–11; other 15-digit runs are not IDs. */
function plausibleId15(s: string): boolean {
  const m = Number(s.slice(8, 10))
  const d = Number(s.slice(10, 12))
  return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

export function findSensitive(text: string): SensitiveHit[] {
  const hits: SensitiveHit[] = []
  for (const m of text.matchAll(ID18)) {
    if (isValidIdNumber(m[0])) hits.push({ kind: 'id', masked: maskIdText(m[0].toUpperCase()), index: m.index ?? 0, length: 18 })
  }
  for (const m of text.matchAll(ID15)) {
    if (plausibleId15(m[0])) hits.push({ kind: 'id', masked: maskIdText(m[0]), index: m.index ?? 0, length: 15 })
  }
  for (const m of text.matchAll(MOBILE)) hits.push({ kind: 'phone', masked: maskPhoneText(m[0]), index: m.index ?? 0, length: 11 })
  return hits.sort((a, b) => a.index - b.index)
}

/** The text with every hit replaced by its mask (for storing what villagers wrote). */
export function maskSensitive(text: string): string {
  let out = ''
  let at = 0
  for (const hit of findSensitive(text)) {
    if (hit.index < at) continue
    out += text.slice(at, hit.index) + hit.masked
    at = hit.index + hit.length
  }
  return out + text.slice(at)
}

/** "正文含未打码的身份证号 4101**********1234": one line per field with hits, or null when clean. */
export function describeSensitive(fields: ReadonlyArray<{ label: string; text: string }>): string | null {
  const lines: string[] = []
  for (const field of fields) {
    const hits = findSensitive(field.text)
    if (hits.length === 0) continue
    const ids = hits.filter((h) => h.kind === 'id').map((h) => h.masked)
    const phones = hits.filter((h) => h.kind === 'phone').map((h) => h.masked)
    const parts = [ids.length ? `身份证号 ${ids.join('、')}` : '', phones.length ? `手机号 ${phones.join('、')}` : ''].filter(Boolean)
    lines.push(`${field.label}含未打码的${parts.join('和')}`)
  }
  return lines.length ? `${lines.join('；')}。请打码（如 4101**********1234、138****5678）后再发布` : null
}
