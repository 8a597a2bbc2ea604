import { z } from '../zod'
import { defineAction } from './define'
import { emptyInput } from './common'
import { leaveSectionSchema } from '../domain/leave-policy'
import {
  policySourceSchema,
  presenceSectionSchema,
  remindersSectionSchema,
  retentionSectionSchema,
  monitoringSectionSchema,
} from '../domain/county-policy'

/** Who set a section, why, and where its value comes from (默认规则 / 州/市规则 / 本县设置). */
const sectionMetaFields = {
  source: policySourceSchema,
  sourceLabel: z.string(),
  /** Stricter than the baseline: the reason is then shown to everyone the section applies to. */
  strict: z.boolean(),
  reason: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
}

const jobRunSchema = z.object({ at: z.string(), count: z.number().int().min(0) }).nullable()

/** What a section falls back to: the 州/市's rule above a county where it set one, else the default. */
const baselineOf = <T extends z.ZodType>(values: T) =>
  z.object({ values, source: policySourceSchema, sourceLabel: z.string() })

/** The settings of a county, or of a 州/市 (whose rules its counties inherit). */
export const settingsViewSchema = z.object({
  countyId: z.string(),
  countyName: z.string(),
  level: z.enum(['county', 'prefecture']),
  presence: z.object({
    values: presenceSectionSchema,
    baseline: baselineOf(presenceSectionSchema),
    ...sectionMetaFields,
  }),
  reminders: z.object({
    values: remindersSectionSchema,
    baseline: baselineOf(remindersSectionSchema),
    ...sectionMetaFields,
  }),
  retention: z.object({
    values: retentionSectionSchema,
    baseline: baselineOf(retentionSectionSchema),
    ...sectionMetaFields,
  }),
  monitoring: z.object({ values: monitoringSectionSchema, ...sectionMetaFields }),
  leave: z.object({ values: leaveSectionSchema, ...sectionMetaFields }),
  defaults: z.object({
    presence: presenceSectionSchema,
    reminders: remindersSectionSchema,
    retention: retentionSectionSchema,
    monitoring: monitoringSectionSchema,
    leave: leaveSectionSchema,
  }),
  /** The one check-in radius range (also the import's and the village editor's). */
  radiusRange: z.object({ min: z.number(), max: z.number() }),
  reminderTimes: z.array(z.object({ label: z.string(), when: z.string() })),
  /** The last finished run of each retention job: when, and how many records it coarsened or erased. */
  lastRuns: z.object({ checkIns: jobRunSchema, households: jobRunSchema }),
  /** Every change of these settings, newest first, from the audit log. */
  history: z.array(z.object({ id: z.string(), at: z.string(), byName: z.string(), summary: z.string() })),
})
export type SettingsView = z.infer<typeof settingsViewSchema>

const reasonField = z.string().trim().max(300, '理由不超过 300 字').default('')

export const updateSettingsInput = z.discriminatedUnion('section', [
  z.strictObject({
    section: z.literal('presence'),
    values: presenceSectionSchema.strict(),
    reason: reasonField,
  }),
  z.strictObject({
    section: z.literal('reminders'),
    values: remindersSectionSchema.strict(),
    reason: reasonField,
  }),
  z.strictObject({
    section: z.literal('retention'),
    values: retentionSectionSchema.strict(),
    reason: reasonField,
  }),
  z.strictObject({
    section: z.literal('monitoring'),
    values: monitoringSectionSchema.strict(),
    reason: reasonField,
  }),
  z.strictObject({
    section: z.literal('leave'),
    values: leaveSectionSchema.strict(),
    reason: reasonField,
  }),
])
export type UpdateSettingsInput = z.input<typeof updateSettingsInput>

export const orgSettingsActions = {
  getSettings: defineAction({
    summary:
      '本县（或州/市）设置：在村履职规则、请假与补助、提醒、数据保留、防返贫监测，各项的来源，及修改记录',
    access: ['admin'],
    input: emptyInput,
    output: settingsViewSchema,
  }),
  updateSettings: defineAction({
    summary: '修改本县（或州/市）设置的一节（比上级规则从严须写明理由，记入审计日志）',
    access: ['admin'],
    input: updateSettingsInput,
    output: settingsViewSchema,
  }),
}
