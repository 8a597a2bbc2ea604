import { z } from '../zod'
import { defineAction } from './define'
import { idSchema, nameSearchInput, pageInput, skippedField } from './common'
import { orgLevelSchema, geoPointSchema } from '../domain/org-unit'
import { roleSchema, postSchema } from '../domain/role'
import { householdSchema } from '../domain/household'

export const unitSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: orgLevelSchema,
  levelLabel: z.string(),
  /** Pinyin initials of the name, for search (王家庄村 → wjzc). */
  initials: z.string(),
  /** Groups are leaves; every other level may have children. */
  hasChildren: z.boolean(),
  flags: z.object({ poor: z.boolean(), weak: z.boolean() }).optional(),
})
export type UnitSummary = z.infer<typeof unitSummarySchema>

export const personRoleViewSchema = z.object({
  role: roleSchema,
  label: z.string(),
  post: postSchema.optional(),
  postLabel: z.string().optional(),
})

/** A person as lists show them: the phone masked, the ID number never. */
export const personRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  initials: z.string(),
  phoneMasked: z.string(),
  roles: z.array(personRoleViewSchema),
  homeUnitId: z.string(),
  homeUnitName: z.string(),
  bound: z.boolean(),
  status: z.enum(['active', 'revoked']),
})
export type PersonRow = z.infer<typeof personRowSchema>

export const unitDetailSchema = z.object({
  unit: unitSummarySchema.extend({ parentId: z.string().nullable() }),
  /** Names from the root down to the unit, for a breadcrumb. */
  trail: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Villages only: the 党群服务中心 check-in point and its radius. */
  center: geoPointSchema.optional(),
  radiusM: z.number().optional(),
  team: z.array(personRowSchema),
  cadres: z.array(personRowSchema),
  counts: z.object({ children: z.number(), people: z.number(), households: z.number() }),
})
export type UnitDetail = z.infer<typeof unitDetailSchema>

export const orgTreeActions = {
  listUnits: defineAction({
    summary: '组织树：某单位的下级（不传则为我的管辖范围）',
    access: 'bound',
    input: z.strictObject({ parentId: idSchema.optional() }),
    output: z.object({ units: z.array(unitSummarySchema) }),
  }),
  getUnit: defineAction({
    summary: '单位详情：村的坐标、半径、标记、工作队与村干部',
    access: 'bound',
    input: z.strictObject({ unitId: idSchema }),
    output: unitDetailSchema,
  }),
  listPeople: defineAction({
    summary: '某单位及其下级的人员（手机号脱敏）',
    access: 'bound',
    input: z.strictObject({
      unitId: idSchema,
      bound: z.boolean().optional(),
      ...nameSearchInput,
      ...pageInput,
    }),
    output: z.object({ items: z.array(personRowSchema), total: z.number() }),
  }),
  listHouseholds: defineAction({
    summary: '村内农户（身份证号、手机号脱敏；帮扶责任人只看结对户）',
    access: 'bound',
    input: z.strictObject({ villageId: idSchema, ...pageInput }),
    output: z.object({ items: z.array(householdSchema), total: z.number(), ...skippedField }),
  }),
}
