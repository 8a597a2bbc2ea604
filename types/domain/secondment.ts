import { z } from '../zod'
import { postingEndKindSchema, recallReasonSchema } from './posting'

/**
 * A 挂职 (secondment): a cadre serving a county or township for a term, e.g. 商洛's 十百千 (10 city
 * cadres as deputy county heads, 100 as deputy town heads). The term and how it ends are the
 * posting's (posting.ts); the place is a county or township, not a village team, so a 挂职 cadre has
 * no village presence record and no 队长/队员 role. History stays: an ended term is kept.
 */
export const SECONDMENT_LEVELS = ['county', 'township'] as const
export const secondmentLevelSchema = z.enum(SECONDMENT_LEVELS)
export type SecondmentLevel = z.infer<typeof secondmentLevelSchema>
export const SECONDMENT_LEVEL_LABELS: Record<SecondmentLevel, string> = {
  county: '县级挂职',
  township: '乡镇级挂职',
}

export const secondmentSchema = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  unitId: z.string(),
  unitLevel: secondmentLevelSchema,
  /** The unit's path (prefecture … unit): a roster under any ancestor is one index read. */
  unitPath: z.array(z.string()),
  /** 挂任职务, e.g. 副县长, 副镇长. */
  position: z.string().max(30),
  dispatchUnitId: z.string().nullable(),
  batch: z.string().max(20),
  startDay: z.string(),
  plannedEndDay: z.string(),
  status: z.enum(['active', 'ended']),
  endedDay: z.string().nullable(),
  endKind: postingEndKindSchema.nullable(),
  recallReason: recallReasonSchema.nullable(),
  endNote: z.string().nullable(),
})
export type Secondment = z.infer<typeof secondmentSchema>

export function isSecondmentLevel(level: string): level is SecondmentLevel {
  return (SECONDMENT_LEVELS as readonly string[]).includes(level)
}

/** A term starts before its planned end and lasts at most six years; the reason, or null when it is fine. */
export function secondmentTermProblem(term: { startDay: string; plannedEndDay: string }): string | null {
  if (term.plannedEndDay <= term.startDay) return '计划期满日须晚于到任日期'
  const years = Number(term.plannedEndDay.slice(0, 4)) - Number(term.startDay.slice(0, 4))
  return years > 6 ? '一次挂职不超过 6 年' : null
}
