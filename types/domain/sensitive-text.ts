import { isValidIdNumber } from './id-number'
import { digitChains, type DigitGroup } from './sensitive-scan'

/**
 * The one detector of ID and mobile numbers written out in full in text that goes public or leaves
 * the village (公示, objections, shared visits, subscribe messages, exports), however they are written:
 * full-width or mixed digits, split by spaces, dashes, dots or line breaks, behind +86 / 0086.
 * Pure, so the editor can warn before the server refuses.
 */
export interface SensitiveHit {
  kind: 'id' | 'phone'
  /** The number as it may be shown: masked like 4101**********1234 / 138****5678. */
  masked: string
  /** Where the number is written in the text, separators inside it included. */
  index: number
  length: number
}

export function maskIdText(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`
}
export function maskPhoneText(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`
}

const MOBILE = /^1[3-9]\d{9}$/

/** A 15-digit (first generation) ID number carries YYMMDD at 6–11; other 15-digit runs are not IDs. */
function plausibleId15(s: string): boolean {
  const m = Number(s.slice(8, 10))
  const d = Number(s.slice(10, 12))
  return /^\d{15}$/.test(s) && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

/**
 * Groups that read as a date (1998-12-05, 2026/1/5): year, month and day joined by the same single
 * '-', '.' or '/'. For each group, the index of its date's year group, or -1. A phone never runs
 * through a date, and an ID number never starts or ends inside one, so "1998-12-05 123" or dates side
 * by side stay dates.
 */
function dateOfGroups(text: string, chain: readonly DigitGroup[]): number[] {
  const dateOf = chain.map(() => -1)
  const gap = (k: number) => text.slice(chain[k - 1].end, chain[k].at[0])
  for (let k = 0; k + 2 < chain.length; k++) {
    const [y, m, d] = [chain[k].digits, chain[k + 1].digits, chain[k + 2].digits]
    const joined = /^[-./．]$/.test(gap(k + 1)) && gap(k + 1) === gap(k + 2)
    if (
      joined &&
      /^(19|20)\d\d$/.test(y) &&
      /^\d{1,2}$/.test(m) &&
      /^\d{1,2}$/.test(d) &&
      +m >= 1 &&
      +m <= 12 &&
      +d >= 1 &&
      +d <= 31
    ) {
      dateOf[k] = dateOf[k + 1] = dateOf[k + 2] = k
    }
  }
  return dateOf
}

/** Where a number may start inside a group: its first digit, or after a +86 / 0086 country prefix. */
function starts(g: DigitGroup): number[] {
  if (g.digits.startsWith('0086') && g.digits.length > 4) return [0, 4]
  if (g.plus && g.digits.startsWith('86') && g.digits.length > 2) return [0, 2]
  return [0]
}

function hitsInChain(text: string, chain: readonly DigitGroup[]): SensitiveHit[] {
  const hits: SensitiveHit[] = []
  const dateOf = dateOfGroups(text, chain)
  const cutsDate = (i: number, j: number) =>
    (dateOf[i] >= 0 && dateOf[i] < i) || (dateOf[j] >= 0 && dateOf[j] + 2 > j)
  chain.forEach((first, i) => {
    for (const offset of starts(first)) {
      let digits = first.digits.slice(offset)
      const index = first.at[offset]
      // A phone may run through neither a date nor a decimal point.
      let plain = true
      for (let j = i; j < chain.length && digits.length <= 18; j++) {
        if (j > i) digits += chain[j].digits
        plain = plain && dateOf[j] < 0 && (j === i || !chain[j].afterDot)
        const length = chain[j].end - index
        if (
          digits.length === 18 &&
          isValidIdNumber(digits) &&
          digits.slice(6, 8) < '21' /* born before 2100 */ &&
          !cutsDate(i, j)
        )
          hits.push({ kind: 'id', masked: maskIdText(digits), index, length })
        if (digits.length === 15 && j === i && !first.chinese && plausibleId15(digits))
          hits.push({ kind: 'id', masked: maskIdText(digits), index, length })
        // An X written after a phone number (138…5678x) does not hide it.
        const phone = digits.endsWith('X') ? digits.slice(0, -1) : digits
        if (phone.length === 11 && MOBILE.test(phone) && plain) {
          const phoneEnd = phone === digits ? chain[j].end : chain[j].at[chain[j].at.length - 1]
          hits.push({ kind: 'phone', masked: maskPhoneText(phone), index, length: phoneEnd - index })
        }
      }
    }
  })
  return hits
}

const overlaps = (a: SensitiveHit, b: SensitiveHit) =>
  a.index < b.index + b.length && b.index < a.index + a.length

/** Every ID and mobile number in the text, in order, none overlapping (an ID wins over a phone inside it). */
export function findSensitive(text: string): SensitiveHit[] {
  const all = digitChains(text).flatMap((chain) => hitsInChain(text, chain))
  const kept: SensitiveHit[] = []
  for (const kind of ['id', 'phone'] as const) {
    const ofKind = all.filter((h) => h.kind === kind).sort((a, b) => a.index - b.index || b.length - a.length)
    for (const hit of ofKind) if (!kept.some((k) => overlaps(k, hit))) kept.push(hit)
  }
  return kept.sort((a, b) => a.index - b.index)
}

/**
 * The text with every hit replaced: by its mask (138****5678) unless `replace` says otherwise
 * (shared visits hide the whole number).
 */
export function maskSensitive(
  text: string,
  replace: (hit: SensitiveHit) => string = (h) => h.masked,
): string {
  let out = ''
  let at = 0
  for (const hit of findSensitive(text)) {
    out += text.slice(at, hit.index) + replace(hit)
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
    const parts = [
      ids.length ? `身份证号 ${ids.join('、')}` : '',
      phones.length ? `手机号 ${phones.join('、')}` : '',
    ].filter(Boolean)
    lines.push(`${field.label}含未打码的${parts.join('和')}`)
  }
  return lines.length ? `${lines.join('；')}。请打码（如 4101**********1234、138****5678）后再发布` : null
}
