import {
  countedMonths,
  kindCoverage,
  kindPeriodsAt,
  kindPeriodsLabel,
  kindVisitedField,
  shortPeriodLabel,
} from '../../types/domain/kind-coverage'
import { DEFAULT_KIND_PERIODS } from '../../types/domain/kind-periods'

describe('coverage per household kind (本周期)', () => {
  test('each kind with a set period has its current period and the month its counter sits on', () => {
    const now = kindPeriodsAt(DEFAULT_KIND_PERIODS, '2026-12')
    expect(now).toEqual([
      { kind: 'monitored', period: '2026-12', start: '2026-12', field: 'visitedMonitored1m' },
      { kind: 'lifted', period: '2026-10-3m', start: '2026-10', field: 'visitedLifted3m' },
    ])
    expect(kindPeriodsLabel(now)).toBe('监测对象 12月 / 脱贫户 第四季度')
    expect(countedMonths('2026-12', now)).toEqual(['2026-12', '2026-10'])
    expect(kindPeriodsLabel(kindPeriodsAt({ monitored: 2, lifted: 6, ordinary: 0 }, '2026-08'))).toBe(
      '监测对象 7-8月 / 脱贫户 下半年',
    )
  })

  test('short labels name a period within its year', () => {
    expect(['2026-01-3m', '2026-04-3m', '2026-01-6m', '2026-03'].map(shortPeriodLabel)).toEqual([
      '第一季度',
      '第二季度',
      '上半年',
      '3月',
    ])
    expect(kindVisitedField('ordinary', 6)).toBe('visitedOrdinary6m')
  })

  test("villages sum kind by kind, each kind's visited capped at its households, kinds without a period left out", () => {
    const now = kindPeriodsAt(DEFAULT_KIND_PERIODS, '2026-12')
    const statics = new Map([
      ['v1', { householdsByKind: { monitored: 2, lifted: 10, ordinary: 5 } }],
      ['v2', { householdsByKind: { monitored: 1, lifted: 4 } }],
    ])
    const months = [
      { villageId: 'v1', month: '2026-10', visitedLifted3m: 7, visitedMonitored1m: 2 },
      { villageId: 'v1', month: '2026-12', visitedMonitored1m: 1 },
      // A household that became a 监测对象 after its visit: more visited than households of the kind.
      { villageId: 'v2', month: '2026-12', visitedMonitored1m: 2 },
      { villageId: 'v2', month: '2026-11', visitedLifted3m: 9 },
    ]
    const c = kindCoverage(['v1', 'v2'], now, statics, months)
    expect(c.byKind).toEqual([
      { kind: 'monitored', period: '2026-12', total: 3, visited: 2 },
      { kind: 'lifted', period: '2026-10-3m', total: 14, visited: 7 },
    ])
    expect(c).toMatchObject({ total: 17, visited: 9, percent: 52.9 })
    expect(kindCoverage(['v2'], now, statics, months)).toMatchObject({ total: 5, visited: 1 })
  })
})
