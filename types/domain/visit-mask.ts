/**
 * Masking for visits shown outside their village (shared examples) and on the public 明白卡: names
 * keep their first character, long digit runs (phones, ID numbers, bank cards) are hidden.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length === 0) return ''
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1))
}

/** Digit runs of 7 or more (an ID number may end in X) become stars of the same length. */
const LONG_NUMBER = /\d{6,}[\dXx]/g

/** Hides the given names (longest first, so 张三丰 is not left as *丰) and long numbers in free text. */
export function maskText(text: string, names: readonly string[]): string {
  let out = text.replace(LONG_NUMBER, (m) => '*'.repeat(m.length))
  const sorted = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length)
  for (const name of sorted) out = out.split(name).join(maskName(name))
  return out
}
