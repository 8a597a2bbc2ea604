import { z } from '../zod'

/** Ids are server strings; bounded so a huge value cannot reach a query. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, '编号格式不正确')
export const emptyInput = z.strictObject({})
export const okOutput = z.object({ ok: z.literal(true) })

export { clockSchema, daySchema, instantSchema, monthSchema } from '../domain/calendar'

export const pageInput = {
  offset: z.number().int().min(0).max(100000).default(0),
  limit: z.number().int().min(1).max(100).default(20),
}

/**
 * Lists carry how many stored records they could not show (an impossible date left by an earlier
 * version, say): the page says so instead of the whole list failing.
 */
/** Search of a long list by name or pinyin initials (`types/domain/name-search.ts`). */
export const nameSearchInput = {
  q: z.string().trim().max(20).optional(),
  initial: z
    .string()
    .regex(/^[A-Za-z]$/, '首字母应为一个字母')
    .optional(),
}

export const skippedField = { skipped: z.number().int().min(0).default(0) }

export const countItemSchema = z.object({ key: z.string(), label: z.string(), value: z.number() })
export type CountItem = z.infer<typeof countItemSchema>
