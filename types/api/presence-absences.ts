import { z } from '../zod'
import { defineAction } from './define'
import { idSchema } from './common'
import { SUPERVISING_ROLES } from '../domain/role'

export const ABSENCE_DECISIONS = ['confirmed', 'excused'] as const
export const absenceStatusSchema = z.enum(['pending', 'confirmed', 'excused', 'on_leave'])
export type AbsenceStatus = z.infer<typeof absenceStatusSchema>

export const ABSENCE_STATUS_LABELS: Record<AbsenceStatus, string> = {
  pending: '待确认',
  confirmed: '已确认不在岗',
  excused: '已认定有正当理由',
  on_leave: '请假在外',
}

/** One 暗访 absence as the confirming leader sees it, with the rule's suggestion for that cadre. */
export const absenceViewSchema = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  day: z.string(),
  status: absenceStatusSchema,
  statusLabel: z.string(),
  /** Unexcused (pending or confirmed) absences of the cadre this year, and the rule's suggestion. */
  unexcusedThisYear: z.number(),
  suggestion: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  comment: z.string(),
  /** Whether the caller may confirm or excuse it (admin / township leader of its township, not the cadre). */
  canDecide: z.boolean(),
})
export type AbsenceView = z.infer<typeof absenceViewSchema>

export const presenceAbsenceActions = {
  listPendingAbsences: defineAction({
    summary: '暗访发现的不在岗记录：本年待确认的',
    access: SUPERVISING_ROLES,
    input: z.strictObject({ villageId: idSchema.optional() }),
    output: z.object({ items: z.array(absenceViewSchema) }),
  }),
  confirmAbsence: defineAction({
    summary: '确认暗访不在岗（计入）或认定有正当理由（不计入评定建议）',
    access: ['admin', 'township_leader'],
    input: z.strictObject({
      absenceId: idSchema,
      decision: z.enum(ABSENCE_DECISIONS),
      comment: z.string().trim().max(200).default(''),
    }),
    output: absenceViewSchema,
  }),
}
