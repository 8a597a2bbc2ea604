import { z } from '../zod'

/** A generic tree: a prefecture may sit above the county, villager groups below villages. */
export const ORG_LEVELS = ['prefecture', 'county', 'township', 'village', 'group'] as const
export const orgLevelSchema = z.enum(ORG_LEVELS)
export type OrgLevel = z.infer<typeof orgLevelSchema>

export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  prefecture: '州/市',
  county: '区/县',
  township: '乡镇/街道',
  village: '村/社区',
  group: '村民小组',
}

export const geoPointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
})
export type GeoPoint = z.infer<typeof geoPointSchema>

export const orgUnitSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: orgLevelSchema,
  parentId: z.string().nullable(),
  /** Ancestors from the root down, then the unit itself: a scope check is one membership test. */
  path: z.array(z.string()),
  center: geoPointSchema.optional(),
  radiusM: z.number().int().positive().optional(),
  flags: z.object({ poor: z.boolean(), weak: z.boolean() }).optional(),
})
export type OrgUnit = z.infer<typeof orgUnitSchema>

export const DEFAULT_PRESENCE_RADIUS_M = 500
