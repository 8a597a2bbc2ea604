import { maskSensitive } from './sensitive-text'

/**
 * Masking for visits shown outside their village (shared examples) and on the public 明白卡: names
 * keep their first character, ID and mobile numbers (however written) and other long digit runs
 * (bank cards) are hidden.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length === 0) return ''
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1))
}

/** Other digit runs of 7 or more (bank cards) become stars of the same length. */
const LONG_NUMBER = /\d{6,}[\dXx]/g

/** Hides the given names (longest first, so 张三丰 is not left as *丰) and long numbers in free text. */
export function maskText(text: string, names: readonly string[]): string {
  // The one detector first (138 1234 5678, full-width digits…), each number hidden whole.
  let out = maskSensitive(text, (hit) => '*'.repeat(hit.length)).replace(LONG_NUMBER, (m) =>
    '*'.repeat(m.length),
  )
  const sorted = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  )
  for (const name of sorted) out = out.split(name).join(maskName(name))
  return out
}
