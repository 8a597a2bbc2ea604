import { z } from '../zod'
import { defineAction } from './define'
import { idSchema } from './common'
import { geoPointSchema, villageRadiusSchema } from '../domain/org-unit'

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
      center: z
        .strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
        .optional(),
      radiusM: villageRadiusSchema.optional(),
      flags: z.strictObject({ poor: z.boolean(), weak: z.boolean() }).optional(),
    }),
    output: villageSettingsSchema,
  }),
}
