import fc from 'fast-check'
import {
  FEEDBACK_STATUSES,
  FEEDBACK_STEPS,
  canStep,
  feedbackDueDay,
  isFeedbackOverdue,
  maskContact,
  type FeedbackStep,
} from '../../types/domain/feedback'

describe('投诉建议 rules', () => {
  test('the answer is due 15 working days after receipt, weekends not counted', () => {
    // Friday 20 November 2026, 09:00 in Shanghai → Friday 11 December.
    expect(feedbackDueDay(new Date('2026-11-20T01:00:00.000Z'))).toBe('2026-12-11')
    // Received on a Saturday: the clock starts on Monday.
    expect(feedbackDueDay(new Date('2026-11-21T02:00:00.000Z'))).toBe('2026-12-14')
  })

  test('the due day never falls on a weekend and is at least three weeks out', () => {
    const instant = fc.date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(instant, (at) => {
        const due = feedbackDueDay(at)
        const weekday = new Date(`${due}T00:00:00Z`).getUTCDay()
        return (
          weekday !== 0 &&
          weekday !== 6 &&
          Date.parse(due) - Date.parse(at.toISOString().slice(0, 10)) >= 20 * 86_400_000
        )
      }),
    )
  })

  test('only feedback still owing an answer can be overdue, and only after its due day', () => {
    const after = new Date('2026-12-12T01:00:00.000Z')
    const on = new Date('2026-12-11T15:00:00.000Z')
    expect(isFeedbackOverdue('pending', '2026-12-11', after)).toBe(true)
    expect(isFeedbackOverdue('handling', '2026-12-11', after)).toBe(true)
    expect(isFeedbackOverdue('handling', '2026-12-11', on)).toBe(false)
    expect(isFeedbackOverdue('answered', '2026-12-11', after)).toBe(false)
    expect(isFeedbackOverdue('closed', '2026-12-11', after)).toBe(false)
  })

  test('nothing moves out of 已关闭, and answering is possible only before an answer exists', () => {
    const steps = Object.keys(FEEDBACK_STEPS) as FeedbackStep[]
    expect(steps.filter((s) => canStep('closed', s))).toEqual([])
    expect(FEEDBACK_STATUSES.filter((s) => canStep(s, 'answer'))).toEqual(['pending', 'handling'])
  })

  test('contacts are masked: a phone as 138****5678, anything else with its middle hidden', () => {
    expect(maskContact('13812345678')).toBe('138****5678')
    expect(maskContact('wx_zhangsan')).toBe('w******n')
    expect(maskContact('')).toBe('')
    fc.assert(
      fc.property(
        fc.string({ minLength: 3, maxLength: 30 }),
        (c) => maskContact(c) !== c || /^\*+$/.test(c) || c.includes('*'),
      ),
    )
  })
})
