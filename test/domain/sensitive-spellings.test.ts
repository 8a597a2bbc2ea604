import fc from 'fast-check'
import { idCheckChar } from '../../types/domain/id-number'
import { describeSensitive, findSensitive, maskSensitive } from '../../types/domain/sensitive-text'

// 410123198001011231 and 41012319800101001X carry the right GB 11643 check character.
const found = (text: string) => findSensitive(text).map((h) => `${h.kind}:${h.masked}`)

describe('ID and mobile numbers are found however they are written', () => {
  test.each([
    ['4101 2319 8001 0112 31', 'id:4101**********1231'],
    ['410123-19800101-1231', 'id:4101**********1231'],
    ['410123 19800101 001x', 'id:4101**********001X'],
    ['410123 19800101 001 X', 'id:4101**********001X'],
    ['４１０１２３１９８００１０１１２３１', 'id:4101**********1231'],
    ['４１０１２３１９８００１０１００１Ｘ号', 'id:4101**********001X'],
    ['身份证：410123−19800101−001X。', 'id:4101**********001X'],
    ['4101231980\n01011231', 'id:4101**********1231'],
    ['4101\u200b2319\u200b8001\u200b0112\u200b31', 'id:4101**********1231'],
    ['138 1234 5678', 'phone:138****5678'],
    ['138-1234-5678', 'phone:138****5678'],
    ['138.1234.5678', 'phone:138****5678'],
    ['138 - 1234 - 5678', 'phone:138****5678'],
    ['+86 138 1234 5678', 'phone:138****5678'],
    ['+8613812345678', 'phone:138****5678'],
    ['(+86)13812345678', 'phone:138****5678'],
    ['0086 13812345678', 'phone:138****5678'],
    ['008613812345678', 'phone:138****5678'],
    ['1３８１２３４５６７８', 'phone:138****5678'],
    ['１３８　１２３４　５６７８', 'phone:138****5678'],
    ['联系人电话138\n1234\r\n5678', 'phone:138****5678'],
    ['电话13812345678一直打不通', 'phone:138****5678'],
    ['电话一三八一二三四五六七八', 'phone:138****5678'],
    ['𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖', 'phone:138****5678'],
    ['138/1234/5678', 'phone:138****5678'],
    ['138_1234_5678', 'phone:138****5678'],
    ['电话13812345678x', 'phone:138****5678'],
  ])('%j is found', (text, expected) => {
    expect(found(text)).toEqual([expected])
  })

  test.each([
    ['补助金额 12,000.00元'],
    ['合计 138123456.78 元'],
    ['公示期 2026-12-05 至 2026-12-19'],
    ['2026.12.05 2026.12.19'],
    ['2026/12/05 13:45'],
    ['1998-12-05 123 户'],
    ['共 13 户 45 人，3 个小组'],
    ['座机 0377-63123456'],
    ['编号 12812345678'],
    ['身份证 410123-19800101-1234（校验位不符）'],
    ['已打码 4101**********1231、138****5678'],
    ['二〇二六年十二月五日'],
  ])('%j is not a number to hide', (text) => {
    expect(found(text)).toEqual([])
  })

  test('two numbers side by side are two hits, each masked in place', () => {
    expect(maskSensitive('电话 138 1234 5678 或 139-1234-5678。')).toBe('电话 138****5678 或 139****5678。')
    expect(maskSensitive('13812345678 13912345678')).toBe('138****5678 139****5678')
  })

  test('the refusal names the field with the separated spelling, masked', () => {
    expect(describeSensitive([{ label: '正文', text: '联系 +86 138-1234-5678' }])).toBe(
      '正文含未打码的手机号 138****5678。请打码（如 4101**********1234、138****5678）后再发布',
    )
  })
})

const DATE = /(19|20)\d\d([-.])\d{1,2}\2\d{1,2}(?!\d)/
const DECIMAL = /[.．][0-9０-９]{1,2}(?![0-9０-９])/
/** Left out, as they read as amounts and dates: a dot before the last one or two digits (138123456.78 元), a 199x-mm-dd shape (1998-12-05 123). */
const ambiguous = (s: string) => DECIMAL.test(s) || DATE.test(s.normalize('NFKC'))
const WIDE = (d: string) => String.fromCharCode(0xff10 + Number(d))
const separator = fc.constantFrom('', '', '', ' ', '-', '.', '\n', '\r\n', '\u3000', '－', ' - ', '\u200b')
/** The number's characters, each maybe full-width, with a random separator between any two. */
const spelled = (chars: string) =>
  fc
    .tuple(
      fc.array(separator, { minLength: chars.length, maxLength: chars.length }),
      fc.array(fc.boolean(), { minLength: chars.length, maxLength: chars.length }),
    )
    .map(([seps, wide]) =>
      [...chars]
        .map((c, i) => (wide[i] && /\d/.test(c) ? WIDE(c) : c) + (i < chars.length - 1 ? seps[i] : ''))
        .join(''),
    )
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''))
const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([b, rest]) => `1${b}${rest}`)
const idNumber = fc
  .tuple(
    digits(6),
    fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
    digits(3),
  )
  .map(([area, birth, seq]) => {
    const first17 = `${area}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${seq}`
    return first17 + idCheckChar(first17)
  })

describe('property: separators and widths never hide a number', () => {
  test('a mobile number spelled any way inside Chinese text is found and masked', () => {
    fc.assert(
      fc.property(
        mobile.chain((m) =>
          spelled(m)
            .filter((s) => !ambiguous(s))
            .map((s) => [m, s] as const),
        ),
        ([m, s]) => {
          const hits = findSensitive(`村民反映，电话${s}，请核实`)
          expect(hits.map((h) => h.masked)).toEqual([`${m.slice(0, 3)}****${m.slice(-4)}`])
          expect(maskSensitive(s)).toBe(`${m.slice(0, 3)}****${m.slice(-4)}`)
        },
      ),
      { numRuns: 300 },
    )
  })

  test('an ID number spelled any way inside Chinese text is found and masked', () => {
    fc.assert(
      fc.property(
        idNumber.chain((id) => spelled(id).map((s) => [id, s] as const)),
        ([id, s]) => {
          const hits = findSensitive(`身份证号：${s}。`)
          expect(hits).toHaveLength(1)
          expect(hits[0]).toMatchObject({ kind: 'id', masked: `${id.slice(0, 4)}**********${id.slice(-4)}` })
        },
      ),
      { numRuns: 300 },
    )
  })

  test('amounts with thousands separators and dates are never taken for numbers to hide', () => {
    const amount = fc
      .tuple(fc.integer({ min: 0, max: 99_999_999_999 }), fc.integer({ min: 0, max: 99 }))
      .map(([yuan, fen]) => `${yuan.toLocaleString('en-US')}.${String(fen).padStart(2, '0')}元`)
    const day = fc
      .date({ min: new Date('1950-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(
        fc.array(fc.oneof(amount, day), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(' ', '，', ' 至 ', '、'),
        (parts, sep) => {
          expect(findSensitive(parts.join(sep))).toEqual([])
        },
      ),
      { numRuns: 300 },
    )
  })
})
