import { z } from '../zod'
import { NOTICE_CATEGORIES, URGE_FILTERS, URGE_TOPICS } from './notice-labels'

/** Schemas of the notice vocabulary; the constants, labels and rules live in notice-labels.ts. */
export * from './notice-labels'
export const noticeCategorySchema = z.enum(NOTICE_CATEGORIES)
export const urgeTopicSchema = z.enum(URGE_TOPICS)
export const urgeFilterSchema = z.enum(URGE_FILTERS)
