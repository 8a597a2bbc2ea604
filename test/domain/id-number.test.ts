import { idCheckChar, isValidIdNumber, isValidMobile } from '../../types/domain/id-number'
import { bindCodeExpiry, formatBindCode, normalizeBindCode } from '../../types/domain/binding'

describe('ID numbers', () => {
  const body = '41130219800101001'
  const valid = body + idCheckChar(body)

  test('a number with the right check character and a real birth date is valid, in either case', () => {
    expect(isValidIdNumber(valid)).toBe(true)
    expect(isValidIdNumber(valid.toLowerCase())).toBe(true)
  })

  test.each([
    ['one digit mistyped', valid.slice(0, 10) + (valid[10] === '0' ? '1' : '0') + valid.slice(11)],
    ['17 characters', valid.slice(0, 17)],
    ['an impossible date', '41130219800231001' + idCheckChar('41130219800231001')],
    ['an Excel number that lost its last digits', '411302198001010000'],
  ])('%s is invalid', (_name, id) => {
    expect(isValidIdNumber(id)).toBe(false)
  })
})

describe('mobile numbers', () => {
  test.each([
    ['13800001234', true],
    ['138 0000 1234', true],
    ['12800001234', false],
    ['1380000123', false],
  ])('%s → %s', (phone, expected) => {
    expect(isValidMobile(phone)).toBe(expected)
  })
})

describe('binding codes', () => {
  test('case, spaces and the dash do not matter when a code is typed', () => {
    expect(normalizeBindCode(' k7m4-q9xp ')).toBe('K7M4Q9XP')
    expect(formatBindCode('K7M4Q9XP')).toBe('K7M4-Q9XP')
  })

  test('a code expires exactly seven days after it was issued', () => {
    expect(bindCodeExpiry(new Date('2026-11-01T00:00:00Z')).toISOString()).toBe('2026-11-08T00:00:00.000Z')
  })
})
