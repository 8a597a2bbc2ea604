import { describeSensitive, findSensitive, maskSensitive } from '../../types/domain/sensitive-text'

// Check characters computed per GB 11643: these are well-formed ID numbers.
const ID18 = '411302198807150038'
const ID18_X = '11010519491231002X'

describe('finding ID and mobile numbers written in full', () => {
  test('an 18-digit ID number with the right check character is found and masked', () => {
    expect(findSensitive(`身份证${ID18}。`)).toEqual([
      { kind: 'id', masked: '4113**********0038', index: 3, length: 18 },
    ])
    expect(findSensitive(`证号${ID18_X.toLowerCase()}`)[0]).toMatchObject({
      kind: 'id',
      masked: '1101**********002X',
    })
  })

  test('an 18-digit number whose check character is wrong is not an ID number', () => {
    expect(findSensitive('411302198807150031')).toEqual([])
  })

  test('a 15-digit first-generation ID number is found; a 15-digit run without a birth date is not', () => {
    expect(findSensitive('老证号 411302880715003')).toEqual([
      { kind: 'id', masked: '4113*******5003', index: 4, length: 15 },
    ])
    expect(findSensitive('金额 411302889915003')).toEqual([])
  })

  test('mobile numbers 1[3-9] plus 9 digits are found, but not inside longer digit runs or landlines', () => {
    expect(findSensitive('电话13812345678，座机0377-63123456').map((h) => h.masked)).toEqual(['138****5678'])
    expect(findSensitive('12812345678 或 913812345678')).toEqual([])
  })

  test('already masked numbers pass', () => {
    expect(findSensitive('4113**********0038，138****5678')).toEqual([])
  })

  test('masking replaces each number in place and keeps the rest of the text', () => {
    expect(maskSensitive(`李四${ID18}，电话13812345678。`)).toBe('李四4113**********0038，电话138****5678。')
  })

  test('the refusal message names each field and what was found, masked', () => {
    const msg = describeSensitive([
      { label: '标题', text: '名单' },
      { label: '正文', text: `${ID18} 和 13812345678` },
      { label: '附件名「a」', text: '13912346621.pdf' },
    ])
    expect(msg).toBe(
      '正文含未打码的身份证号 4113**********0038和手机号 138****5678；附件名「a」含未打码的手机号 139****6621。请打码（如 4101**********1234、138****5678）后再发布',
    )
    expect(describeSensitive([{ label: '正文', text: '干净的正文' }])).toBeNull()
  })
})
