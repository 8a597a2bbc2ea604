import { z } from '../zod'
import { defineAction } from './define'
import { idSchema } from './common'
import { ATTACH_STEPS } from '../domain/county-attach'

/** What one run of the re-path step did: records rewritten per collection, and whether it is finished. */
export const attachCountyResultSchema = z.object({
  countyId: z.string(),
  prefectureId: z.string(),
  fixed: z.record(z.string(), z.number().int().min(0)),
  /** False when the batch budget ran out: call again (it picks up where it stopped). */
  done: z.boolean(),
})
export type AttachCountyResult = z.infer<typeof attachCountyResultSchema>

const attachStepSchema = z.enum(ATTACH_STEPS)

/** A county the caller may place under (or has placed under) a 州/市 they administer, with its state. */
export const placementSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefectureId: z.string().nullable(),
  prefectureName: z.string().nullable(),
  state: z.enum(['unplaced', 'working', 'done', 'unrecorded']),
  stateLabel: z.string(),
  /** Parts of re-pathing not yet recorded done, in the order they run. */
  pending: z.array(attachStepSchema),
})
export type Placement = z.infer<typeof placementSchema>

export const orgLevelActions = {
  listPlacements: defineAction({
    summary: '区县归入州/市：本人管理的州/市、其下区县（含路径补全进度）和可归入的区县',
    access: ['admin'],
    input: z.strictObject({}),
    output: z.object({
      prefectures: z.array(z.object({ id: z.string(), name: z.string() })),
      counties: z.array(placementSchema),
    }),
  }),
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
