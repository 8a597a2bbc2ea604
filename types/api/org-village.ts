import { z } from '../zod'
import { defineAction } from './define'
import { idSchema } from './common'
import { geoPointSchema } from '../domain/org-unit'

export const VILLAGE_RADIUS_MIN_M = 100
export const VILLAGE_RADIUS_MAX_M = 3000

export const villageSettingsSchema = z.object({
  villageId: z.string(),
  center: geoPointSchema.optional(),
  radiusM: z.number(),
  flags: z.object({ poor: z.boolean(), weak: z.boolean() }),
})
export type VillageSettings = z.infer<typeof villageSettingsSchema>

export const orgVillageActions = {
  updateVillage: defineAction({
    summary: '设置村部位置（wgs84）、签到半径与贫困村/软弱涣散村标记',
    access: ['admin'],
    input: z.strictObject({
      villageId: idSchema,
      center: z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
      radiusM: z.number().int('半径须为整数').min(VILLAGE_RADIUS_MIN_M, '半径不能小于 100 米').max(VILLAGE_RADIUS_MAX_M, '半径不能大于 3000 米').optional(),
      flags: z.strictObject({ poor: z.boolean(), weak: z.boolean() }).optional(),
    }),
    output: villageSettingsSchema,
  }),
}
