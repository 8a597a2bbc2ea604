import { judgeCaptureTime } from '../../types/domain/presence-capture'
import {
  addDays,
  dayStart,
  daysInMonth,
  daysWithinMonth,
  formatDistance,
  monthDays,
  shanghaiDay,
  shanghaiMonth,
  slotOf,
} from '../../types/domain/presence-time'

describe('days and half-day slots in Asia/Shanghai', () => {
  test('01:00 UTC is 09:00 in Shanghai: the same day, 上午', () => {
    const at = new Date('2026-11-20T01:00:00.000Z')
    expect(shanghaiDay(at)).toBe('2026-11-20')
    expect(slotOf(at)).toBe('am')
  })

  test('16:30 UTC is already the next day in Shanghai', () => {
    expect(shanghaiDay(new Date('2026-11-19T16:30:00.000Z'))).toBe('2026-11-20')
  })

  test('11:59 Shanghai is 上午 and 12:00 is 下午', () => {
    expect(slotOf(new Date('2026-11-20T03:59:59.000Z'))).toBe('am')
    expect(slotOf(new Date('2026-11-20T04:00:00.000Z'))).toBe('pm')
  })

  test('the last evening of October in Shanghai belongs to November once past midnight', () => {
    expect(shanghaiMonth(new Date('2026-10-31T15:59:00.000Z'))).toBe('2026-10')
    expect(shanghaiMonth(new Date('2026-10-31T16:00:00.000Z'))).toBe('2026-11')
  })

  test('a Shanghai day starts at 16:00 UTC the evening before', () => {
    expect(dayStart('2026-11-20').toISOString()).toBe('2026-11-19T16:00:00.000Z')
  })
})

describe('calendar arithmetic', () => {
  test('February has 28 days in 2026 and 29 in 2028', () => {
    expect(daysInMonth('2026-02')).toBe(28)
    expect(daysInMonth('2028-02')).toBe(29)
    expect(monthDays('2026-11')).toHaveLength(30)
  })

  test('adding days crosses month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  test('a range spanning two months is clipped to the month asked for', () => {
    expect(daysWithinMonth('2026-10-30', '2026-11-02', '2026-10')).toEqual(['2026-10-30', '2026-10-31'])
    expect(daysWithinMonth('2026-10-30', '2026-11-02', '2026-11')).toEqual(['2026-11-01', '2026-11-02'])
    expect(daysWithinMonth('2026-09-01', '2026-09-30', '2026-11')).toEqual([])
  })

  test('distances read in metres below a kilometre and in kilometres above', () => {
    expect(formatDistance(850)).toBe('850 米')
    expect(formatDistance(1234)).toBe('1.2 公里')
  })
})

describe('which instant a check-in is judged at', () => {
  const now = new Date('2026-11-20T01:00:00.000Z')

  test('a capture sent at once is judged at server time, not device time', () => {
    const r = judgeCaptureTime(new Date('2026-11-20T00:59:30.000Z'), now)
    expect(r).toEqual({ ok: true, at: now, syncedLate: false, offline: false })
  })

  test('a device clock ahead of the server cannot move a record into the future', () => {
    const r = judgeCaptureTime(new Date('2026-11-20T05:00:00.000Z'), now)
    expect(r.ok && r.at).toEqual(now)
  })

  test('a capture queued offline for 3 hours keeps its device time and is synced late', () => {
    const captured = new Date('2026-11-19T22:00:00.000Z')
    expect(judgeCaptureTime(captured, now)).toEqual({
      ok: true,
      at: captured,
      syncedLate: true,
      offline: true,
    })
  })

  test('a capture queued for an hour keeps its time without being late', () => {
    const r = judgeCaptureTime(new Date('2026-11-20T00:00:00.000Z'), now)
    expect(r.ok && r.syncedLate).toBe(false)
  })

  test('a capture older than a week is refused with a reason', () => {
    const r = judgeCaptureTime(new Date('2026-11-12T00:00:00.000Z'), now)
    expect(r).toEqual({ ok: false, message: expect.stringContaining('7 天') })
  })
})
