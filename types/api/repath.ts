import { z } from '../zod'
import { defineAction } from './define'
import { idSchema } from './common'

/**
 * The records a function owns itself, re-pathed after org.attachCounty put their county under a 州/市
 * (each function rewrites only its own collection). Resumable and idempotent like that step.
 */
export const repathRecordsAction = (what: string) =>
  defineAction({
    summary: `区县归入州/市后补全${what}的路径（可中断后重跑，重跑不重复）`,
    access: ['admin'],
    input: z.strictObject({ countyId: idSchema }),
    output: z.object({ fixed: z.number().int().min(0), done: z.boolean() }),
  })
