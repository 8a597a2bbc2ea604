import { leastDistanceM, signsFor, speedKmh } from '../../types/domain/presence-signs'
import { monthRecord, dayCounts } from '../../types/domain/presence-month'
import {
  approverLevelFor,
  excusedRange,
  ratingSuggestion,
  stricterParts,
  DEFAULT_POLICY,
} from '../../types/domain/presence'

const P = { lat: 32.99, lng: 112.56 }
const at = (iso: string) => new Date(iso)
const base = {
  accuracy: 25,
  current: { at: at('2026-11-20T01:00:00Z'), point: P },
  neighbours: [],
  sameSpotDays: 1,
  otherDeviceUsers: 0,
}

describe('signs worth checking', () => {
  test('an ordinary check-in raises no sign', () => {
    expect(signsFor(base)).toEqual([])
  })

  test('an accuracy of exactly 0 is a sign, with its reason', () => {
    expect(signsFor({ ...base, accuracy: 0 })).toEqual([
      { kind: 'accuracy_zero', reason: expect.stringContaining('模拟定位') },
    ])
  })

  test('the same coordinates on 3 days are a sign, on 2 days not yet', () => {
    expect(signsFor({ ...base, sameSpotDays: 2 })).toEqual([])
    expect(signsFor({ ...base, sameSpotDays: 3 }).map((s) => s.kind)).toEqual(['same_spot'])
  })

  test('50 km in 20 minutes (150 km/h) is a sign, 50 km in an hour is not', () => {
    const far = { lat: P.lat + 50 / 111.195, lng: P.lng }
    const fast = signsFor({ ...base, neighbours: [{ at: at('2026-11-20T00:40:00Z'), point: far }] })
    expect(fast.map((s) => s.kind)).toEqual(['too_fast'])
    expect(fast[0].reason).toContain('150 公里/小时')
    expect(signsFor({ ...base, neighbours: [{ at: at('2026-11-20T00:00:00Z'), point: far }] })).toEqual([])
  })

  test('GPS jitter of a few hundred metres within a minute is not a sign', () => {
    const near = { lat: P.lat + 0.003, lng: P.lng }
    expect(signsFor({ ...base, neighbours: [{ at: at('2026-11-20T00:59:30Z'), point: near }] })).toEqual([])
  })

  test('a record synced late that lands between two others is checked against both', () => {
    const far = { lat: P.lat + 1, lng: P.lng }
    const next = { at: at('2026-11-20T01:10:00Z'), point: far }
    expect(
      signsFor({ ...base, neighbours: [{ at: at('2026-11-19T01:00:00Z'), point: P }, next] }).map(
        (s) => s.kind,
      ),
    ).toEqual(['too_fast'])
  })

  test('a device used by another person is a sign', () => {
    expect(signsFor({ ...base, otherDeviceUsers: 1 })[0]).toEqual({
      kind: 'shared_device',
      reason: expect.stringContaining('另外 1 人'),
    })
  })

  test('speed between two fixes at the same instant and place is zero', () => {
    expect(speedKmh(base.current, base.current)).toBe(0)
  })
})

describe('the monthly record', () => {
  const present = (from: number, to: number, month = '2026-11') =>
    Array.from({ length: to - from + 1 }, (_, i) => `${month}-${String(from + i).padStart(2, '0')}`)

  test('20 days present meet the 20-day rule', () => {
    const r = monthRecord({
      month: '2026-11',
      today: '2026-12-01',
      requiredDays: 20,
      presentDays: present(1, 20),
      leaves: [],
    })
    expect(r).toMatchObject({
      presentDays: 20,
      leaveDays: 0,
      awayDays: 10,
      countedDays: 20,
      shortfall: 0,
      met: true,
    })
  })

  test('approved leave of a counted type (公差) stands for days in the village one for one', () => {
    const r = monthRecord({
      month: '2026-11',
      today: '2026-11-30',
      requiredDays: 20,
      presentDays: present(1, 17),
      leaves: [{ start: '2026-11-20', end: '2026-11-22', type: 'official', counts: true }],
    })
    expect(r).toMatchObject({ presentDays: 17, leaveDays: 3, countedDays: 20, met: true })
  })

  test('a leave spanning two months counts only its days inside each month', () => {
    const leaves = [{ start: '2026-10-29', end: '2026-11-03', type: 'sick' as const, counts: false }]
    expect(
      monthRecord({ month: '2026-10', today: '2026-11-30', requiredDays: 20, presentDays: [], leaves })
        .leaveDays,
    ).toBe(3)
    expect(
      monthRecord({ month: '2026-11', today: '2026-11-30', requiredDays: 20, presentDays: [], leaves })
        .leaveDays,
    ).toBe(3)
  })

  test('a present day inside a leave counts as present, not as leave', () => {
    const r = monthRecord({
      month: '2026-11',
      today: '2026-11-30',
      requiredDays: 20,
      presentDays: ['2026-11-05'],
      leaves: [{ start: '2026-11-04', end: '2026-11-06', type: 'official', counts: true }],
    })
    expect(r).toMatchObject({ presentDays: 1, leaveDays: 2 })
  })

  test('today, not over yet, and later days are not counted as away', () => {
    const r = monthRecord({
      month: '2026-11',
      today: '2026-11-20',
      requiredDays: 20,
      presentDays: present(1, 15),
      leaves: [],
    })
    expect(r).toMatchObject({ awayDays: 4, shortfall: 5, met: false })
    expect(r.days[19].status).toBe('future')
    expect(r.days[25].status).toBe('future')
  })

  test('days of other months passed in are ignored', () => {
    const r = monthRecord({
      month: '2026-11',
      today: '2026-11-30',
      requiredDays: 20,
      presentDays: ['2026-10-31', '2026-12-01', '2026-11-01', '2026-11-01'],
      leaves: [],
    })
    expect(r.presentDays).toBe(1)
  })

  test('with two check-ins a day required, one slot does not make the day count', () => {
    expect(dayCounts(1, 2)).toBe(false)
    expect(dayCounts(2, 2)).toBe(true)
    expect(dayCounts(1, 1)).toBe(true)
  })
})

describe('policy, leave and spot-check rules', () => {
  test('raising the days, twice a day or photos are each a stricter part needing a reason', () => {
    expect(stricterParts(DEFAULT_POLICY, DEFAULT_POLICY)).toEqual([])
    expect(
      stricterParts(DEFAULT_POLICY, { requiredDays: 22, checkInsPerDay: 2, photoRequired: true }),
    ).toHaveLength(3)
    expect(
      stricterParts({ requiredDays: 22, checkInsPerDay: 2, photoRequired: true }, DEFAULT_POLICY),
    ).toEqual([])
  })

  test('3 days of leave go to the township, 4 days to the county', () => {
    expect(approverLevelFor(3)).toBe('township')
    expect(approverLevelFor(4)).toBe('county')
  })

  test('a leave closed early by 销假 excuses days only up to the return day', () => {
    expect(
      excusedRange({
        status: 'returned',
        startDay: '2026-11-01',
        endDay: '2026-11-10',
        returnedDay: '2026-11-04',
      }),
    ).toEqual({ start: '2026-11-01', end: '2026-11-04' })
    expect(excusedRange({ status: 'pending', startDay: '2026-11-01', endDay: '2026-11-10' })).toBeNull()
    expect(excusedRange({ status: 'rejected', startDay: '2026-11-01', endDay: '2026-11-10' })).toBeNull()
  })

  test('unexplained absences suggest 不能评为优秀, 基本称职, then 不称职', () => {
    expect([0, 1, 2, 3, 5].map(ratingSuggestion)).toEqual([
      null,
      '不能评为优秀',
      '基本称职',
      '不称职',
      '不称职',
    ])
  })
})

describe("the speed sign allows for each fix's accuracy", () => {
  const P2 = { lat: P.lat + 3000 / 111195, lng: P.lng }
  test('3 km in one minute between two precise fixes is a sign', () => {
    const next = { at: at('2026-11-20T01:01:00Z'), point: P2, accuracy: 10 }
    expect(signsFor({ ...base, accuracy: 10, neighbours: [next] }).map((s) => s.kind)).toEqual(['too_fast'])
  })

  test('the same two fixes are no sign when their accuracy radii could cover the gap', () => {
    const next = { at: at('2026-11-20T01:01:00Z'), point: P2, accuracy: 2000 }
    expect(
      signsFor({ ...base, accuracy: 1000, current: { ...base.current, accuracy: 1000 }, neighbours: [next] }),
    ).toEqual([])
  })

  test('the least distance never goes below zero', () => {
    expect(
      leastDistanceM(
        { at: at('2026-11-20T01:00:00Z'), point: P, accuracy: 50 },
        { at: at('2026-11-20T01:00:00Z'), point: P, accuracy: 50 },
      ),
    ).toBe(0)
  })
})
