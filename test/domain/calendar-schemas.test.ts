import { clockSchema, daySchema, instantSchema, monthSchema } from '../../types/api/common'
import { periodSchema, deviceTimeSchema } from '../../types/api/visit-schemas'
import { noticeInput } from '../../types/api/notice-schemas'
import { photoInputSchema } from '../../types/domain/rectification'
import { API } from '../../types/api'
import { parseOrThrow } from '../../types/api/validate'
import { isAppError } from '../../types/errors'

const CHINESE = /[\u4e00-\u9fa5]/

/** The first issue's message, or null when the value is accepted. */
function refusal(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ message: string }> } } },
  value: unknown,
): string | null {
  const r = schema.safeParse(value)
  return r.success ? null : (r.error?.issues[0]?.message ?? '')
}

describe('the calendar-checked day schema', () => {
  test.each([
    ['2024-02-29', true],
    ['2026-02-28', true],
    ['2026-12-31', true],
    ['2000-01-01', true],
    ['2099-12-31', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-11-31', false],
    ['2026-04-31', false],
    ['2027-99-99', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-13-01', false],
    ['1900-02-29', false],
    ['9999-12-31', false],
    ['0000-01-01', false],
    ['2026-1-1', false],
    ['2026/01/01', false],
  ])('%s accepted: %s', (value, ok) => {
    const message = refusal(daySchema, value)
    expect(message === null).toBe(ok)
    if (!ok) expect(message).toMatch(CHINESE)
  })
})

describe('the calendar-checked month schema', () => {
  test.each([
    ['2026-01', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2027-99', false],
    ['1999-12', false],
    ['2026-1', false],
  ])('%s accepted: %s', (value, ok) => {
    const message = refusal(monthSchema, value)
    expect(message === null).toBe(ok)
    if (!ok) expect(message).toMatch(CHINESE)
  })
})

describe('the time-of-day schema', () => {
  test.each([
    ['00:00', true],
    ['08:30', true],
    ['23:59', true],
    ['24:00', false],
    ['25:61', false],
    ['12:60', false],
    ['9:05', false],
  ])('%s accepted: %s', (value, ok) => {
    const message = refusal(clockSchema, value)
    expect(message === null).toBe(ok)
    if (!ok) expect(message).toMatch(CHINESE)
  })
})

describe('the instant schema used for device times', () => {
  test.each([
    ['2026-11-22T08:30:00.000Z', true],
    ['2026-11-22T08:30:00+08:00', true],
    ['2024-02-29T23:59:59Z', true],
    ['2026-02-29T08:00:00Z', false],
    ['2026-11-31T08:00:00Z', false],
    ['2026-11-22T25:61:00Z', false],
    ['2026-11-22T24:00:00Z', false],
    ['2027-99-99T00:00:00Z', false],
    ['9999-01-01T00:00:00Z', false],
    ['1', false],
    ['Feb 30 2026', false],
  ])('%s accepted: %s', (value, ok) => {
    const message = refusal(instantSchema, value)
    expect(message === null).toBe(ok)
    if (!ok) expect(message).toMatch(CHINESE)
  })
})

describe('every date field of the contract uses the calendar-checked schemas', () => {
  test('visit periods refuse a start month that does not exist', () => {
    expect(refusal(periodSchema, '2026-10-3m')).toBeNull()
    expect(refusal(periodSchema, '2026-13')).toMatch(CHINESE)
    expect(refusal(periodSchema, '0000-01-6m')).toMatch(CHINESE)
  })

  test('visit device times refuse 30 February and bare numbers', () => {
    expect(refusal(deviceTimeSchema, '2026-02-30T08:00:00Z')).toMatch(CHINESE)
    expect(refusal(deviceTimeSchema, '1')).toMatch(CHINESE)
  })

  test('a notice window cannot start on 31 November', () => {
    const base = { unitId: 'u-1', title: '公示', body: '内容', category: 'finance' }
    expect(refusal(noticeInput, { ...base, startDay: '2026-11-30' })).toBeNull()
    expect(refusal(noticeInput, { ...base, startDay: '2026-11-31' })).toMatch(CHINESE)
  })

  test('an evidence photo taken on 30 February is refused', () => {
    expect(
      refusal(photoInputSchema, { fileID: 'cloud://env/rectify/a.jpg', takenAt: '2026-02-30T08:00:00Z' }),
    ).toMatch(CHINESE)
  })

  test.each([
    [
      'presence',
      'requestLeave',
      { type: 'personal', startDay: '2026-02-30', endDay: '2026-03-02', reason: '事假' },
      'startDay',
    ],
    ['presence', 'saveWorkLog', { day: '2026-11-31', text: '日志' }, 'day'],
    ['presence', 'getMonth', { month: '2026-13' }, 'month'],
    ['presence', 'exportMonth', { month: '2026-13' }, 'month'],
    ['report', 'exportBundle', { month: '2027-99' }, 'month'],
    ['visit', 'getCoverage', { period: '2026-13-3m' }, 'period'],
    [
      'notice',
      'convertObjection',
      { objectionId: 'o-1', responsiblePersonId: 'p-1', deadline: '2027-99-99' },
      'deadline',
    ],
  ])('%s.%s refuses an impossible date as invalid-argument naming the field', (fn, action, input, field) => {
    const def = (API as Record<string, Record<string, { input: Parameters<typeof parseOrThrow>[0] }>>)[fn][
      action
    ]
    let thrown: unknown = null
    try {
      parseOrThrow(def.input, input)
    } catch (err) {
      thrown = err
    }
    expect(isAppError(thrown) && thrown.code).toBe('invalid-argument')
    expect(isAppError(thrown) && thrown.message).toMatch(new RegExp(`^${field}: .*[\\u4e00-\\u9fa5]`))
  })
})
