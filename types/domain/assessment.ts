import { z } from '../zod'
import { daysBetween } from './presence-time'

/**
 * 年度考核: per cadre per year the county decides a 等次 from the year's facts, with a written reason,
 * and sends it to the 派出单位. The app shows facts beside the decision; it never scores or ranks.
 */
export const ASSESSMENT_GRADES = ['excellent', 'competent', 'basic', 'incompetent'] as const
export const assessmentGradeSchema = z.enum(ASSESSMENT_GRADES)
export type AssessmentGrade = z.infer<typeof assessmentGradeSchema>
export const ASSESSMENT_GRADE_LABELS: Record<AssessmentGrade, string> = {
  excellent: '优秀',
  competent: '称职',
  basic: '基本称职',
  incompetent: '不称职',
}

export const assessmentYearSchema = z.number().int().min(2020, '年度不早于 2020 年').max(2100, '年度不正确')
export const assessmentReasonSchema = z
  .string()
  .trim()
  .min(5, '请写明评定理由（至少 5 个字）')
  .max(500, '理由不超过 500 字')

/** Days by leave type in the year (type key, its label, days). */
export const leaveDaysByTypeSchema = z.array(
  z.object({ type: z.string(), label: z.string(), days: z.number().int().min(0) }),
)

/** The year's facts of one cadre, as the sheet and the export print them. */
export const assessmentFactsSchema = z.object({
  presentDays: z.number().int().min(0),
  leaveDays: leaveDaysByTypeSchema,
  visits: z.number().int().min(0),
  /** Households of the cadre's village visited in the current period, out of all: "visited/total". */
  coverage: z.object({ visited: z.number().int().min(0), total: z.number().int().min(0) }),
  itemsClosed: z.number().int().min(0),
  /** Days whose signs a person looked at and kept. */
  signsConfirmed: z.number().int().min(0),
  /** 述职评议 results of the year, when recorded; empty when none. */
  review: z.string(),
})
export type AssessmentFacts = z.infer<typeof assessmentFactsSchema>

export const assessmentDecisionSchema = z.object({
  grade: assessmentGradeSchema,
  gradeLabel: z.string(),
  reason: z.string(),
  decidedByName: z.string(),
  decidedAt: z.string(),
})
export type AssessmentDecision = z.infer<typeof assessmentDecisionSchema>

export const assessmentRowSchema = z.object({
  personId: z.string(),
  name: z.string(),
  dispatchUnitName: z.string(),
  village: z.string(),
  post: z.string(),
  facts: assessmentFactsSchema,
  decision: assessmentDecisionSchema.nullable(),
})
export type AssessmentRow = z.infer<typeof assessmentRowSchema>

/** "在村 210 天；公差 6 天、事假 2 天" — leave types with no days are left out. */
export function leaveSummary(facts: Pick<AssessmentFacts, 'leaveDays'>): string {
  return facts.leaveDays
    .filter((l) => l.days > 0)
    .map((l) => `${l.label} ${l.days} 天`)
    .join('、')
}

/** Days of an inclusive day range that fall in a calendar year. */
export function daysInYear(range: { start: string; end: string }, year: number): number {
  const start = range.start > `${year}-01-01` ? range.start : `${year}-01-01`
  const end = range.end < `${year}-12-31` ? range.end : `${year}-12-31`
  if (end < start) return 0
  return daysBetween(start, end) + 1
}
