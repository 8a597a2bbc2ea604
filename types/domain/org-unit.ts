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
/**
 * The one range of a village's check-in radius, used by the import, the editor and the server: under
 * 100 m a phone's ordinary error refuses cadres standing at the office; beyond 3 km the fence says nothing.
 */
export const VILLAGE_RADIUS_RANGE = { min: 100, max: 3000 } as const
export const RADIUS_RANGE_TEXT = `${VILLAGE_RADIUS_RANGE.min}–${VILLAGE_RADIUS_RANGE.max}`
/** The radius rule with its Chinese messages, shared by every place a radius comes in. */
export const villageRadiusSchema = z
  .number()
  .int('签到半径须为整数')
  .min(VILLAGE_RADIUS_RANGE.min, `签到半径不能小于 ${VILLAGE_RADIUS_RANGE.min} 米`)
  .max(VILLAGE_RADIUS_RANGE.max, `签到半径不能大于 ${VILLAGE_RADIUS_RANGE.max} 米`)

export function isValidRadius(m: number): boolean {
  return villageRadiusSchema.safeParse(m).success
}
