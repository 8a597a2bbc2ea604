import fc from 'fast-check'
import { monthRecord, type MonthLeave } from '../../types/domain/presence-month'
import { LEAVE_TYPES } from '../../types/domain/presence'
import {
  capRefusal,
  DEFAULT_LEAVE_RULES,
  leaveStricterParts,
  subsidyAmount,
} from '../../types/domain/leave-policy'
import { leaveChain } from '../../types/domain/presence'

const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`
const leaveArb = fc
  .record({
    from: fc.integer({ min: 1, max: 30 }),
    len: fc.integer({ min: 1, max: 10 }),
    type: fc.constantFrom(...LEAVE_TYPES),
    counts: fc.boolean(),
  })
  .map(({ from, len, type, counts }): MonthLeave => ({
    start: day(from),
    end: day(Math.min(30, from + len - 1)),
    type,
    counts,
  }))
const inputArb = fc.record({
  present: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 30 }).map((d) => d.map(day)),
  leaves: fc.array(leaveArb, { maxLength: 4 }),
  today: fc.integer({ min: 1, max: 30 }).map(day),
  requiredDays: fc.integer({ min: 1, max: 31 }),
})

describe('counting leave by type in the month', () => {
  test('every day is exactly one of present, counted leave, excused, away or future', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const r = monthRecord({ month: '2026-11', ...i, presentDays: i.present })
        const future = r.days.filter((d) => d.status === 'future').length
        expect(r.presentDays + r.countedLeaveDays + r.excusedDays + r.awayDays + future).toBe(30)
        expect(r.leaveDays).toBe(r.countedLeaveDays + r.excusedDays)
        expect(Object.values(r.leaveByType).reduce((a, b) => a + b, 0)).toBe(r.leaveDays)
        expect(r.countedDays).toBe(r.presentDays + r.countedLeaveDays)
        expect(r.met).toBe(r.countedDays >= i.requiredDays)
      }),
    )
  })

  test('counting a type only moves its days from excused to counted: presence and away never change', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...LEAVE_TYPES), (i, type) => {
        const base = i.leaves.map((l) => (l.type === type ? { ...l, counts: false } : l))
        const counted = i.leaves.map((l) => (l.type === type ? { ...l, counts: true } : l))
        const a = monthRecord({ month: '2026-11', ...i, presentDays: i.present, leaves: base })
        const b = monthRecord({ month: '2026-11', ...i, presentDays: i.present, leaves: counted })
        expect(b.presentDays).toBe(a.presentDays)
        expect(b.awayDays).toBe(a.awayDays)
        expect(b.leaveDays).toBe(a.leaveDays)
        expect(b.countedDays).toBeGreaterThanOrEqual(a.countedDays)
        expect(b.countedDays - a.countedDays).toBe(a.excusedDays - b.excusedDays)
      }),
    )
  })

  test('the subsidy is the counted days times the rate, to the 分, and nothing without a rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 31 }), fc.integer({ min: 0, max: 100000 }), (days, fen) => {
        const rate = fen / 100
        expect(subsidyAmount(days, rate)).toBeCloseTo(days * rate, 2)
        expect(subsidyAmount(days, null)).toBeNull()
      }),
    )
  })
})

describe('leave rules and chains', () => {
  test('a cap is passed only when used plus new days exceed it; the refusal says by how much', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        (cap, used, n) => {
          const r = capRefusal({ type: 'personal', cap, year: '2026', usedDays: used, newDays: n })
          if (used + n <= cap) expect(r).toBeNull()
          else expect(r).toContain(`超出 ${used + n - cap} 天`)
        },
      ),
    )
    expect(capRefusal({ type: 'sick', cap: null, year: '2026', usedDays: 300, newDays: 60 })).toBeNull()
  })

  test('no longer counting a type or a new or lower cap needs a reason; counting more or lifting a cap does not', () => {
    const d = DEFAULT_LEAVE_RULES
    expect(leaveStricterParts(d, { ...d, counts: { ...d.counts, official: false } })).toEqual([
      '公差/因公外出不再计入在村天数',
    ])
    expect(leaveStricterParts(d, { ...d, caps: { ...d.caps, personal: 10 } })).toEqual(['事假每年最多 10 天'])
    const capped = { ...d, caps: { ...d.caps, personal: 10 } }
    expect(leaveStricterParts(capped, { ...d, caps: { ...d.caps, personal: 8 } })).toHaveLength(1)
    expect(leaveStricterParts(capped, d)).toEqual([])
    expect(
      leaveStricterParts(d, { ...d, counts: { ...d.counts, personal: true }, dailySubsidy: 50 }),
    ).toEqual([])
  })

  test('the chain: 队长 first when there is one, township or county by duration, 市 last for 市直 cadres under a prefecture', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (days, t, c, p) => {
          const chain = leaveChain({ days, teamLeader: t, citySent: c, prefecture: p })
          expect(chain[0] === 'team').toBe(t)
          expect(chain.includes(days <= 3 ? 'township' : 'county')).toBe(true)
          expect(chain[chain.length - 1] === 'city').toBe(c && p)
          expect(chain).toHaveLength(1 + Number(t) + Number(c && p))
        },
      ),
    )
  })
})
