import { z } from '../zod'

/**
 * 述职评议: in a session held by a township or the county, each resident cadre reports on their work
 * (述职, as text or a file) and the attendees rate it. The rating is entered by people as the meeting
 * decided it — 好/较好/一般/差, with the vote counts where votes were taken. Nothing is scored here.
 */
export const REVIEW_LEVELS = ['township', 'county'] as const
export const reviewLevelSchema = z.enum(REVIEW_LEVELS, { message: '评议层级须为乡镇或县' })
export type ReviewLevel = z.infer<typeof reviewLevelSchema>
export const REVIEW_LEVEL_LABELS: Record<ReviewLevel, string> = { township: '乡镇', county: '县' }

export const REVIEW_RESULTS = ['good', 'fairly_good', 'average', 'poor'] as const
export const reviewResultSchema = z.enum(REVIEW_RESULTS, { message: '评议结果须为好、较好、一般或差' })
export type ReviewResult = z.infer<typeof reviewResultSchema>
export const REVIEW_RESULT_LABELS: Record<ReviewResult, string> = {
  good: '好',
  fairly_good: '较好',
  average: '一般',
  poor: '差',
}

const voteCount = z.number().int('票数须为整数').min(0, '票数不能为负').max(1000, '票数不超过 1000')
export const reviewVotesSchema = z.strictObject({
  good: voteCount,
  fairlyGood: voteCount,
  average: voteCount,
  poor: voteCount,
})
export type ReviewVotes = z.infer<typeof reviewVotesSchema>
