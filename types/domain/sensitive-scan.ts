/**
 * Reads the digits of free text however they are written, for the sensitive-number detector: full-width
 * and other Unicode digits count as digits, and digit groups split by spaces, dashes, dots, line breaks
 * or invisible characters are linked into one chain ("138 1234 5678", "410123-19800101-1234"). Chinese
 * numerals (一三八…) form groups of their own, so "13812345678一直" still ends at the 8.
 */
export interface DigitGroup {
  /** ASCII digits, possibly ending in X (an ID number's check character). */
  digits: string
  /** Index in the text of each digit (a digit may be two UTF-16 units, like 𝟏). */
  at: number[]
  /** Index just past the group's last character. */
  end: number
  /** Written after a plus sign (+86…). */
  plus: boolean
  /** Chinese numerals (一三八…) rather than written digits. */
  chinese: boolean
  /** Joined to the group before by a dot, as decimals are (12345.78): only an ID number, checked by its check character, reads through it. */
  afterDot: boolean
}

const CHINESE: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  幺: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
}
// Spaces (also full-width and no-break), zero-width characters, dashes of every width, dots, slashes, underscores.
const SEPARATOR =
  /^[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d.\uff0e/\uff0f_]{1,3}$/
const DOT = /^[.\uff0e]$/

const asciiCache = new Map<string, string>()
/** '5' for 5, ５, 𝟓…; '' for anything that is not one decimal digit. */
function asciiDigit(ch: string): string {
  if (ch >= '0' && ch <= '9') return ch
  if (ch.charCodeAt(0) < 0x80) return ''
  let d = asciiCache.get(ch)
  if (d === undefined) {
    const n = ch.normalize('NFKC')
    d = /^[0-9]$/.test(n) ? n : ''
    asciiCache.set(ch, d)
  }
  return d
}

const isX = (ch: string) => ch === 'X' || ch === 'x' || ch === 'Ｘ' || ch === 'ｘ'

/** The text's digit groups in order, each a maximal run of one kind (written digits or Chinese numerals). */
export function digitGroups(text: string): DigitGroup[] {
  const groups: DigitGroup[] = []
  let cur: DigitGroup | null = null
  let i = 0
  for (const ch of text) {
    const ascii = asciiDigit(ch)
    const chinese = ascii ? '' : (CHINESE[ch] ?? '')
    const digit = ascii || chinese
    if (digit && cur && cur.chinese === !ascii && !cur.digits.endsWith('X')) {
      cur.digits += digit
      cur.at.push(i)
      cur.end = i + ch.length
    } else if (digit) {
      cur = {
        digits: digit,
        at: [i],
        end: i + ch.length,
        plus: i > 0 && (text[i - 1] === '+' || text[i - 1] === '＋'),
        chinese: !ascii,
        afterDot: false,
      }
      groups.push(cur)
    } else if (cur && !cur.chinese && isX(ch) && cur.end === i && !cur.digits.endsWith('X')) {
      cur.digits += 'X'
      cur.at.push(i)
      cur.end = i + ch.length
    } else if (isX(ch)) {
      // A check character written apart (…360 X) is a group of its own; it ends any chain.
      cur = { digits: 'X', at: [i], end: i + ch.length, plus: false, chinese: false, afterDot: false }
      groups.push(cur)
    } else {
      cur = null
    }
    i += ch.length
  }
  return groups
}

/**
 * Chains of groups joined by 1–3 separator characters; groups of different kinds never join. A dot
 * before one or two digits is marked, as it may be a decimal point (138123456.78).
 */
export function digitChains(text: string): DigitGroup[][] {
  const chains: DigitGroup[][] = []
  let chain: DigitGroup[] = []
  const all = digitGroups(text)
  all.forEach((g, k) => {
    const prev = all[k - 1]
    const gap = prev ? text.slice(prev.end, g.at[0]) : ''
    const linked = prev && prev.chinese === g.chinese && !prev.digits.endsWith('X') && SEPARATOR.test(gap)
    g.afterDot = Boolean(linked) && DOT.test(gap) && g.digits.length <= 2
    if (!linked && chain.length) {
      chains.push(chain)
      chain = []
    }
    chain.push(g)
  })
  if (chain.length) chains.push(chain)
  return chains
}
