import { z } from '../zod'
import { defineAction } from './define'
import { idSchema } from './common'

/** What one run of the re-path step did: records rewritten per collection, and whether it is finished. */
export const attachCountyResultSchema = z.object({
  countyId: z.string(),
  prefectureId: z.string(),
  fixed: z.record(z.string(), z.number().int().min(0)),
  /** False when the batch budget ran out: call again (it picks up where it stopped). */
  done: z.boolean(),
})
export type AttachCountyResult = z.infer<typeof attachCountyResultSchema>

export const orgLevelActions = {
  attachCounty: defineAction({
    summary: '将区县归入州/市，并把其下所有单位与记录的路径补上州/市（可中断后重跑，重跑不重复）',
    access: ['admin'],
    input: z.strictObject({
      countyId: idSchema,
      prefectureId: idSchema,
      /** Records rewritten at most in this call (default 4,000); the rest on the next. */
      batch: z.number().int().min(50, '每批至少 50 条').max(4000, '每批至多 4000 条').optional(),
    }),
    output: attachCountyResultSchema,
  }),
}
