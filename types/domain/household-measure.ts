import { z } from '../zod'
import { MEASURE_STATUS, MEASURE_TYPE, type MeasureStatus } from './monitoring'
import { daySchema } from './calendar'

/**
 * 帮扶措施 of one household: what is done (a standard type), who answers for it, from when until
 * when, and how far it has come. Pure rules; the `visit` function stores them.
 */
export const measureNoteSchema = z.string().trim().max(200, '说明不超过 200 字')

export const newMeasureSchema = z
  .strictObject({
    type: MEASURE_TYPE.schema,
    responsibleId: z.string().min(1).max(64),
    startDay: daySchema,
    plannedDay: daySchema,
    note: measureNoteSchema.default(''),
  })
  .refine((m) => m.plannedDay >= m.startDay, {
    message: '计划完成日期不能早于开始日期',
    path: ['plannedDay'],
  })
export type NewMeasure = z.infer<typeof newMeasureSchema>

/** Status goes forward only: 计划中 → 实施中 → 已落实 (a step may be skipped, never undone). */
const ORDER: Record<MeasureStatus, number> = { planned: 0, in_progress: 1, done: 2 }

export function statusChangeError(from: MeasureStatus, to: MeasureStatus): string | null {
  if (from === to) return `该措施已是「${MEASURE_STATUS.labels[to]}」`
  if (ORDER[to] < ORDER[from])
    return `措施状态不能从「${MEASURE_STATUS.labels[from]}」退回「${MEASURE_STATUS.labels[to]}」`
  return null
}

/** A measure not yet 已落实 whose planned day has passed is behind plan. */
export function isMeasureOverdue(m: { status: MeasureStatus; plannedDay: string }, today: string): boolean {
  return m.status !== 'done' && m.plannedDay < today
}
