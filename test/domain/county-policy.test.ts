import fc from 'fast-check'
import { checkReason, coarsenBefore, POLICY_DEFAULTS, stricterParts } from '../../types/domain/county-policy'
import {
  presenceSectionSchema,
  remindersSectionSchema,
  retentionSectionSchema,
} from '../../types/domain/county-policy'

describe('county policy: the stricter-needs-a-reason rule', () => {
  test('the defaults are the 减负 rules: once a day, photo optional, no daily reminder, 90 days of coordinates', () => {
    expect(POLICY_DEFAULTS).toEqual({
      presence: { requiredDays: 20, checkInsPerDay: 1, photoRequired: false },
      reminders: { presenceDaily: false },
      retention: { checkInDays: 90, householdYears: 5 },
      monitoring: {
        incomeLine: 7500,
        lineYear: 2026,
        publicity: true,
        publicityDays: 5,
        villageDays: 7,
        townshipDays: 4,
        countyDays: 4,
      },
      leave: {
        counts: { personal: false, sick: false, official: true, training: true, other: false },
        caps: { personal: null, sick: null, official: null, training: null, other: null },
        dailySubsidy: null,
      },
    })
    expect(presenceSectionSchema.parse(POLICY_DEFAULTS.presence)).toEqual(POLICY_DEFAULTS.presence)
    expect(remindersSectionSchema.parse(POLICY_DEFAULTS.reminders)).toEqual(POLICY_DEFAULTS.reminders)
    expect(retentionSectionSchema.parse(POLICY_DEFAULTS.retention)).toEqual(POLICY_DEFAULTS.retention)
  })

  test('switching the daily reminder on is stricter; off is not', () => {
    expect(stricterParts('reminders', { presenceDaily: false }, { presenceDaily: true })).toEqual([
      '开启每日在村记录提醒',
    ])
    expect(stricterParts('reminders', { presenceDaily: true }, { presenceDaily: false })).toEqual([])
  })

  test('keeping data longer is stricter, shorter is not', () => {
    expect(
      stricterParts('retention', POLICY_DEFAULTS.retention, { checkInDays: 91, householdYears: 5 }),
    ).toHaveLength(1)
    expect(
      stricterParts('retention', POLICY_DEFAULTS.retention, { checkInDays: 30, householdYears: 1 }),
    ).toEqual([])
  })

  test('a stricter change without a reason is refused with the parts named; a reason makes it pass', () => {
    const values = {
      baseline: POLICY_DEFAULTS.reminders,
      current: POLICY_DEFAULTS.reminders,
      next: { presenceDaily: true },
    }
    expect(checkReason('reminders', values, { current: null, given: '' })).toEqual({
      ok: false,
      message: '从严设置须写明理由：开启每日在村记录提醒',
    })
    expect(checkReason('reminders', values, { current: null, given: '防汛' })).toEqual({
      ok: true,
      reason: '防汛',
    })
  })

  test('a strict setting saved again keeps its reason; back within the default no reason is kept', () => {
    const on = { presenceDaily: true }
    expect(
      checkReason(
        'reminders',
        { baseline: POLICY_DEFAULTS.reminders, current: on, next: on },
        { current: '防汛', given: '' },
      ),
    ).toEqual({ ok: true, reason: '防汛' })
    expect(
      checkReason(
        'reminders',
        { baseline: POLICY_DEFAULTS.reminders, current: on, next: { presenceDaily: false } },
        { current: '防汛', given: '不再需要' },
      ),
    ).toEqual({ ok: true, reason: null })
  })

  test('property: any value within the default passes without a reason; anything stricter never passes with no reason at all', () => {
    const presence = fc.record({
      requiredDays: fc.integer({ min: 1, max: 31 }),
      checkInsPerDay: fc.constantFrom(1 as const, 2 as const),
      photoRequired: fc.boolean(),
    })
    fc.assert(
      fc.property(presence, (next) => {
        const r = checkReason(
          'presence',
          { baseline: POLICY_DEFAULTS.presence, current: POLICY_DEFAULTS.presence, next },
          { current: null, given: '' },
        )
        return r.ok === (stricterParts('presence', POLICY_DEFAULTS.presence, next).length === 0)
      }),
    )
  })

  test('coordinates are coarsened after whole days counted back from now', () => {
    expect(coarsenBefore(new Date('2026-11-20T01:00:00.000Z'), 90).toISOString()).toBe(
      '2026-08-22T01:00:00.000Z',
    )
  })
})
