import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { CheckInResult } from '../../../types/api/presence-views'
import { fail, fixNear, NOW, ok, personIdOf, village, FIRST_VILLAGE } from './helpers'

let run: RunningCloud
const checkIn = (input: unknown, openid: string, now = NOW) =>
  run.cloud.call('presence', 'checkIn', input, openid, { ZHUCUN_NOW: now })

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

function stats(): { presenceDays?: number; checkIns?: number } {
  return (run.cloud.db.find('stats_village_month', { _id: `${FIRST_VILLAGE}_2026-11` })[0] ?? {}) as {
    presenceDays?: number
    checkIns?: number
  }
}

describe('presence.checkIn', () => {
  test('a cadre 200 m from the village point (gcj02 from WeChat) is counted, in plain words', async () => {
    const before = stats()
    const r = await ok<CheckInResult>(checkIn(fixNear(village(run), 200), 'demo-secretary'))
    expect(r).toMatchObject({
      counted: true,
      day: '2026-11-20',
      slot: 'am',
      slotLabel: '上午',
      dayCounted: true,
      duplicate: false,
      syncedLate: false,
    })
    expect(r.distanceM).toBeGreaterThan(190)
    expect(r.distanceM).toBeLessThan(210)
    expect(r.message).toMatch(/^距村部 \d+ 米，在 500 米范围内，已计入在村$/)
    expect(stats()).toEqual(
      expect.objectContaining({
        presenceDays: (before.presenceDays ?? 0) + 1,
        checkIns: (before.checkIns ?? 0) + 1,
      }),
    )
  })

  test('a cadre 1.2 km away is not counted and told the distance and the radius', async () => {
    const r = await ok<CheckInResult>(checkIn(fixNear(village(run), 1200), 'demo-secretary'))
    expect(r.counted).toBe(false)
    expect(r.message).toBe('距村部 1.2 公里，超出 500 米范围，本次未计入在村')
    const day = run.cloud.db.find('presence_days', {
      _id: `${personIdOf(run, 'demo-secretary')}_2026-11-20`,
    })[0]
    expect(day).toMatchObject({ counted: false, attempts: 1 })
  })

  test('gcj02 coordinates are converted to wgs84 before measuring: a fix at the village point is metres away, not hundreds', async () => {
    const r = await ok<CheckInResult>(checkIn(fixNear(village(run), 0, { accuracy: 5 }), 'demo-member'))
    expect(r.counted).toBe(true)
    expect(r.distanceM).toBeLessThan(2)
  })

  test('resending the same capture returns the first verdict and stores nothing twice', async () => {
    const input = fixNear(village(run), 100)
    const before = stats().checkIns ?? 0
    const first = await ok<CheckInResult>(checkIn(input, 'demo-secretary'))
    const again = await ok<CheckInResult>(checkIn(input, 'demo-secretary', '2026-11-20T02:00:00.000Z'))
    expect(again).toMatchObject({ checkInId: first.checkInId, counted: true, duplicate: true })
    expect(run.cloud.db.count('presence_checkins', { clientId: input.clientId })).toBe(1)
    expect(stats().checkIns).toBe(before + 1)
  })

  test('a resend arriving after the capture window has closed still gets its first answer, not a refusal', async () => {
    const input = fixNear(village(run), 100, { capturedAt: '2026-11-14T01:00:00.000Z' })
    // The pairing cadre has no seeded history, so this capture is the first of its half-day.
    const first = await ok<CheckInResult>(checkIn(input, 'demo-pairing'))
    const again = await ok<CheckInResult>(checkIn(input, 'demo-pairing', '2026-11-22T01:00:00.000Z'))
    expect(again).toMatchObject({
      checkInId: first.checkInId,
      day: '2026-11-14',
      counted: true,
      duplicate: true,
      message: first.message,
    })
    expect(run.cloud.db.count('presence_checkins', { clientId: input.clientId })).toBe(1)
  })

  test('a capture id already used by another person is refused and changes nothing', async () => {
    const input = fixNear(village(run), 100)
    await ok(checkIn(input, 'demo-secretary'))
    const before = run.cloud.db.snapshot()
    const err = await fail(checkIn(input, 'demo-member'))
    expect(err.code).toBe('conflict')
    expect(run.cloud.db.snapshot()).toEqual(before)
  })

  test('morning and afternoon captures sent at the same moment both land in the day, which is counted once', async () => {
    const before = stats()
    const afternoon = '2026-11-20T06:00:00.000Z'
    const [am, pm] = await Promise.all([
      ok<CheckInResult>(
        checkIn(
          fixNear(village(run), 100, { capturedAt: '2026-11-20T00:30:00.000Z' }),
          'demo-secretary',
          afternoon,
        ),
      ),
      ok<CheckInResult>(
        checkIn(fixNear(village(run), 100, { capturedAt: afternoon }), 'demo-secretary', afternoon),
      ),
    ])
    expect([am.slot, pm.slot]).toEqual(['am', 'pm'])
    const day = run.cloud.db.find('presence_days', {
      _id: `${personIdOf(run, 'demo-secretary')}_2026-11-20`,
    })[0] as { slots: { am: string; pm: string }; attempts: number; counted: boolean }
    expect(day).toMatchObject({ slots: { am: am.checkInId, pm: pm.checkInId }, attempts: 2, counted: true })
    expect(stats()).toMatchObject({
      presenceDays: (before.presenceDays ?? 0) + 1,
      checkIns: (before.checkIns ?? 0) + 2,
    })
  })

  test('a second tap in the same half-day is not recorded again and says when the first was', async () => {
    await ok(checkIn(fixNear(village(run), 100), 'demo-secretary'))
    const r = await ok<CheckInResult>(
      checkIn(fixNear(village(run), 100), 'demo-secretary', '2026-11-20T02:30:00.000Z'),
    )
    expect(r.duplicate).toBe(true)
    expect(r.message).toBe('11-20 上午已于 09:00 签到并计入，无需重复签到')
    expect(
      run.cloud.db.count('presence_checkins', {
        personId: personIdOf(run, 'demo-secretary'),
        day: '2026-11-20',
      }),
    ).toBe(1)
  })

  test('the afternoon is a new slot, and the day is counted once in the monthly aggregate', async () => {
    const before = stats()
    await ok(checkIn(fixNear(village(run), 100), 'demo-secretary'))
    const afternoon = '2026-11-20T06:00:00.000Z'
    const pm = await ok<CheckInResult>(
      checkIn(fixNear(village(run), 100, { capturedAt: afternoon }), 'demo-secretary', afternoon),
    )
    expect(pm).toMatchObject({ slot: 'pm', counted: true, duplicate: false })
    expect(stats()).toMatchObject({
      presenceDays: (before.presenceDays ?? 0) + 1,
      checkIns: (before.checkIns ?? 0) + 2,
    })
  })

  test('a capture queued offline for 3 hours keeps its device time and is marked synced late', async () => {
    const captured = '2026-11-19T22:30:00.000Z' // 06:30 in Shanghai
    const r = await ok<CheckInResult>(
      checkIn(fixNear(village(run), 100, { capturedAt: captured }), 'demo-member'),
    )
    expect(r).toMatchObject({ counted: true, syncedLate: true, day: '2026-11-20', slot: 'am' })
    expect(r.message).toContain('延迟同步')
  })

  test('an offline capture from yesterday afternoon lands on yesterday', async () => {
    const r = await ok<CheckInResult>(
      checkIn(fixNear(village(run), 100, { capturedAt: '2026-11-19T07:00:00.000Z' }), 'demo-village'),
    )
    expect(r).toMatchObject({ day: '2026-11-19', slot: 'pm', syncedLate: true })
  })

  test('a capture older than a week is refused with a reason, so the queue shows it as failed', async () => {
    const err = await fail(
      checkIn(fixNear(village(run), 100, { capturedAt: '2026-11-10T01:00:00.000Z' }), 'demo-secretary'),
    )
    expect(err).toMatchObject({ code: 'failed-precondition', message: expect.stringContaining('补传期限') })
  })

  test('an accuracy of exactly 0 still counts but carries a sign worth checking', async () => {
    const r = await ok<CheckInResult>(checkIn(fixNear(village(run), 50, { accuracy: 0 }), 'demo-secretary'))
    expect(r.counted).toBe(true)
    expect(r.signs.map((s) => s.kind)).toEqual(['accuracy_zero'])
  })

  test('one phone used by two people is a sign on the second person', async () => {
    await ok(checkIn(fixNear(village(run), 50, { deviceId: 'shared-phone-1' }), 'demo-secretary'))
    const r = await ok<CheckInResult>(
      checkIn(fixNear(village(run), 60, { deviceId: 'shared-phone-1' }), 'demo-member'),
    )
    expect(r.signs.map((s) => s.kind)).toContain('shared_device')
  })

  test("the same coordinates to the metre on three days is a sign, and one's own phone on many days is not", async () => {
    const v = village(run)
    const fix = { ...fixNear(v, 80, { coordType: 'wgs84', deviceId: 'own-phone' }) }
    for (const day of ['2026-11-18', '2026-11-19']) {
      const r = await ok<CheckInResult>(
        checkIn({ ...fix, clientId: `spot-${day}`, capturedAt: `${day}T01:00:00.000Z` }, 'demo-pairing'),
      )
      expect(r.signs).toEqual([])
    }
    const third = await ok<CheckInResult>(checkIn({ ...fix, clientId: 'spot-third' }, 'demo-pairing'))
    expect(third.signs.map((s) => s.kind)).toEqual(['same_spot'])
    expect(third.signs[0].reason).toContain('3 天')
  })

  test('an uncounted attempt 60 km away 20 minutes earlier is no sign: only counted fixes feed the speed sign', async () => {
    const far = await ok<CheckInResult>(
      checkIn(
        fixNear(village(run), 60_000, { capturedAt: '2026-11-20T00:40:00.000Z', coordType: 'wgs84' }),
        'demo-pairing',
      ),
    )
    expect(far).toMatchObject({ counted: false, signs: [] })
    const r = await ok<CheckInResult>(checkIn(fixNear(village(run), 50), 'demo-pairing'))
    expect(r.signs).toEqual([])
  })

  test('an uncounted attempt on a phone someone else uses is no shared-phone sign for either of them', async () => {
    await ok(
      checkIn(
        fixNear(village(run), 5_000, { deviceId: 'shared-phone-2', coordType: 'wgs84' }),
        'demo-secretary',
      ),
    )
    const r = await ok<CheckInResult>(
      checkIn(fixNear(village(run), 60, { deviceId: 'shared-phone-2' }), 'demo-member'),
    )
    expect(r).toMatchObject({ counted: true, signs: [] })
  })

  test('when the county requires a photo, a check-in without one is kept but not counted', async () => {
    await ok(
      run.cloud.call(
        'presence',
        'setPolicy',
        { requiredDays: 20, checkInsPerDay: 1, photoRequired: true, reason: '整改期间加强核查' },
        'demo-admin',
      ),
    )
    const r = await ok<CheckInResult>(checkIn(fixNear(village(run), 50), 'demo-secretary'))
    expect(r.counted).toBe(false)
    expect(r.message).toContain('未附照片')
  })

  test('a cadre cannot check in for a village they do not work in', async () => {
    const err = await fail(
      checkIn({ ...fixNear(village(run), 50), villageId: 'u-411302101200' }, 'demo-secretary'),
    )
    expect(err.code).toBe('permission-denied')
  })
})
