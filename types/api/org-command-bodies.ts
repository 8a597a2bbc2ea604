import { z } from '../zod'
import { defineAction } from './define'
import { daySchema, idSchema, skippedField } from './common'
import { commandBodySchema, commandLevelSchema, commandRoleSchema } from '../domain/command-body'

/** A body in a list: who leads it and how many serve, without the history. */
export const commandBodySummarySchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  unitLevel: commandLevelSchema,
  kindLabel: z.string(),
  name: z.string(),
  leaderNames: z.array(z.string()),
  memberCount: z.number().int().min(0),
})
export type CommandBodySummary = z.infer<typeof commandBodySummarySchema>

const nameSchema = z.string().trim().min(1, '请填写名称').max(40, '名称最多 40 字')
const OVERSEERS = ['admin', 'supervisor', 'township_leader'] as const

export const orgCommandBodyActions = {
  createCommandBody: defineAction({
    summary: '设立指挥部、工作站或作战室（每个单位一个）',
    access: ['admin'],
    input: z.strictObject({ unitId: idSchema, name: nameSchema }),
    output: commandBodySchema,
  }),
  renameCommandBody: defineAction({
    summary: '修改指挥部、工作站或作战室的名称',
    access: ['admin'],
    input: z.strictObject({ bodyId: idSchema, name: nameSchema }),
    output: commandBodySchema,
  }),
  addCommandMember: defineAction({
    summary: '增加指挥部、工作站或作战室的负责人或成员（任何层级的人员，含挂职干部）',
    access: ['admin'],
    input: z.strictObject({
      bodyId: idSchema,
      personId: idSchema,
      role: commandRoleSchema,
      title: z.string().trim().max(20, '职务最多 20 字').optional(),
      fromDay: daySchema,
    }),
    output: commandBodySchema,
  }),
  endCommandMember: defineAction({
    summary: '成员退出指挥部、工作站或作战室（保留历任记录）',
    access: ['admin'],
    input: z.strictObject({ bodyId: idSchema, personId: idSchema, untilDay: daySchema }),
    output: commandBodySchema,
  }),
  listCommandBodies: defineAction({
    summary: '本单位及下一级单位的指挥部、工作站、作战室',
    access: [...OVERSEERS],
    input: z.strictObject({ unitId: idSchema }),
    output: z.object({
      unitId: z.string(),
      unitName: z.string(),
      /** The unit's own body, or null when none is set up yet. */
      own: commandBodySummarySchema.nullable(),
      children: z.array(commandBodySummarySchema),
      ...skippedField,
    }),
  }),
  getCommandBody: defineAction({
    summary: '指挥部、工作站或作战室详情：负责人、成员与历任成员',
    access: [...OVERSEERS],
    input: z.strictObject({ bodyId: idSchema }),
    output: commandBodySchema,
  }),
}
