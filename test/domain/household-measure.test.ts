import fc from 'fast-check'
import { MEASURE_STATUS } from '../../types/domain/monitoring'
import { isMeasureOverdue, newMeasureSchema, statusChangeError } from '../../types/domain/household-measure'

const status = fc.constantFrom(...MEASURE_STATUS.keys)
const RANK = { planned: 0, in_progress: 1, done: 2 } as const

describe('帮扶措施 rules', () => {
  test('a status change is allowed exactly when it moves forward', () => {
    fc.assert(
      fc.property(status, status, (from, to) => {
        expect(statusChangeError(from, to) === null).toBe(RANK[to] > RANK[from])
      }),
    )
  })

  test('going back names both statuses in Chinese', () => {
    expect(statusChangeError('done', 'in_progress')).toBe('措施状态不能从「已落实」退回「实施中」')
  })

  test('a measure is behind plan only when not 已落实 and its planned day has passed', () => {
    expect(isMeasureOverdue({ status: 'in_progress', plannedDay: '2026-11-19' }, '2026-11-20')).toBe(true)
    expect(isMeasureOverdue({ status: 'in_progress', plannedDay: '2026-11-20' }, '2026-11-20')).toBe(false)
    expect(isMeasureOverdue({ status: 'done', plannedDay: '2026-01-01' }, '2026-11-20')).toBe(false)
  })

  test('a planned day before the start day is refused with a Chinese message', () => {
    const res = newMeasureSchema.safeParse({
      type: 'industry',
      responsibleId: 'p1',
      startDay: '2026-12-01',
      plannedDay: '2026-11-30',
    })
    expect(res.success).toBe(false)
    expect(res.error?.issues[0].message).toBe('计划完成日期不能早于开始日期')
  })
})
