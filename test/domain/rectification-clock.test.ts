import {
  addWorkingDays,
  calendarDaysBetween,
  endOfShanghaiDay,
  overdueLevel,
  remindersDue,
  shanghaiDay,
  signOverdue,
} from '../../types/domain/rectification-clock'

// 2026-03-06 is a Friday; Shanghai is UTC+8, so 15:00 there is 07:00Z.
const at = (iso: string) => new Date(iso)

describe('working days in Asia/Shanghai', () => {
  test('one working day from Monday 10:00 is Tuesday 10:00', () => {
    expect(addWorkingDays(at('2026-03-02T10:00:00+08:00'), 1).toISOString()).toBe(
      at('2026-03-03T10:00:00+08:00').toISOString(),
    )
  })

  test('one working day from Friday 15:00 skips the weekend to Monday 15:00', () => {
    expect(addWorkingDays(at('2026-03-06T15:00:00+08:00'), 1).toISOString()).toBe(
      at('2026-03-09T15:00:00+08:00').toISOString(),
    )
  })

  test('a clock started on Saturday starts Monday 00:00 and runs out at the end of Monday', () => {
    expect(addWorkingDays(at('2026-03-07T10:00:00+08:00'), 1).toISOString()).toBe(
      at('2026-03-10T00:00:00+08:00').toISOString(),
    )
  })

  test('a clock started on Sunday night behaves like one started on Saturday', () => {
    expect(addWorkingDays(at('2026-03-08T23:30:00+08:00'), 1).toISOString()).toBe(
      at('2026-03-10T00:00:00+08:00').toISOString(),
    )
  })

  test('Friday 23:30 Shanghai is still Friday although it is Friday 15:30 UTC', () => {
    expect(addWorkingDays(at('2026-03-06T23:30:00+08:00'), 1).toISOString()).toBe(
      at('2026-03-09T23:30:00+08:00').toISOString(),
    )
  })

  test('Saturday 01:00 Shanghai (Friday 17:00 UTC) counts as a weekend start', () => {
    expect(addWorkingDays(at('2026-03-06T17:00:00Z'), 1).toISOString()).toBe(
      at('2026-03-10T00:00:00+08:00').toISOString(),
    )
  })

  test('five working days from Wednesday span one weekend', () => {
    expect(shanghaiDay(addWorkingDays(at('2026-03-04T09:00:00+08:00'), 5))).toBe('2026-03-11')
  })

  test('given holidays are skipped like weekends', () => {
    expect(shanghaiDay(addWorkingDays(at('2026-03-06T15:00:00+08:00'), 1, ['2026-03-09']))).toBe('2026-03-10')
  })
})

describe('deadlines and the overdue colour', () => {
  const item = { state: 'in_progress' as const, deadline: '2026-03-10' }

  test('a deadline day lasts until 23:59:59.999 in Shanghai', () => {
    expect(endOfShanghaiDay('2026-03-10').toISOString()).toBe('2026-03-10T15:59:59.999Z')
  })

  test('on the deadline day itself the item is not overdue', () => {
    expect(overdueLevel(item, at('2026-03-10T23:59:00+08:00'))).toBe('none')
  })

  test('the minute after the deadline day the item turns orange', () => {
    expect(overdueLevel(item, at('2026-03-11T00:01:00+08:00'))).toBe('orange')
  })

  test('seven days late is still orange, and it turns red after', () => {
    expect(overdueLevel(item, at('2026-03-17T23:00:00+08:00'))).toBe('orange')
    expect(overdueLevel(item, at('2026-03-18T00:01:00+08:00'))).toBe('red')
  })

  test('a closed or withdrawn item is never overdue, nor one not yet dispatched', () => {
    for (const state of ['closed', 'withdrawn', 'registered'] as const)
      expect(overdueLevel({ state, deadline: '2026-03-10' }, at('2026-04-30T00:00:00Z'))).toBe('none')
  })

  test('calendar days are counted on Shanghai dates', () => {
    expect(calendarDaysBetween(at('2026-03-09T17:00:00Z'), endOfShanghaiDay('2026-03-10'))).toBe(0)
  })
})

describe('reminders of the daily job', () => {
  const base = { state: 'in_progress' as const, deadline: '2026-03-13', signDueAt: null }
  const on = (day: string) => at(`${day}T08:00:00+08:00`)

  test('reminders fall 3 days before, 1 day before, on the deadline and on the first day overdue', () => {
    const days = [
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]
    expect(days.map((d) => remindersDue(base, on(d)))).toEqual([
      [],
      ['rect_due_3d'],
      [],
      ['rect_due_1d'],
      ['rect_due_today'],
      ['rect_overdue'],
      [],
    ])
  })

  test('an unsigned item past its sign-for time is reminded every day', () => {
    const item = {
      state: 'dispatched' as const,
      deadline: '2026-04-30',
      signDueAt: at('2026-03-09T15:00:00+08:00'),
    }
    expect(signOverdue(item, at('2026-03-09T14:00:00+08:00'))).toBe(false)
    expect(remindersDue(item, at('2026-03-10T08:00:00+08:00'))).toEqual(['rect_sign_overdue'])
    expect(remindersDue(item, at('2026-03-11T08:00:00+08:00'))).toEqual(['rect_sign_overdue'])
  })

  test('closed items get no reminders', () => {
    expect(remindersDue({ ...base, state: 'closed' }, on('2026-03-10'))).toEqual([])
  })
})
