import { z } from '../zod'
import { defineAction } from './define'
import { daySchema, idSchema, skippedField } from './common'
import { SUPERVISING_ROLES } from '../domain/role'
import { taskMeasureSchema } from '../domain/sched-task'

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `最多 ${max} 个字`)

const figuresSchema = z.object({
  units: z.number(),
  reported: z.number(),
  done: z.number(),
  percent: z.number(),
  met: z.boolean(),
})

/** A unit's row of a task: a place and its figure, never a person's name. */
export const taskUnitRowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  reported: z.boolean(),
  value: z.number(),
  done: z.boolean(),
  note: z.string(),
  reportedAt: z.string().nullable(),
})
export type TaskUnitRow = z.infer<typeof taskUnitRowSchema>

export const taskViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  detail: z.string(),
  issuerUnitName: z.string(),
  issuerLevelLabel: z.string(),
  deadline: z.string(),
  overdue: z.boolean(),
  measure: taskMeasureSchema,
  measureLabel: z.string(),
  figures: figuresSchema,
  /** Units of this task the caller may report for. */
  mine: z.array(z.string()),
  /** Whether the caller's scope issued it (sees every unit's row). */
  issuedByMe: z.boolean(),
})
export type TaskView = z.infer<typeof taskViewSchema>

export const weeklySummarySchema = z.object({
  id: z.string(),
  unitName: z.string(),
  levelLabel: z.string(),
  week: z.string(),
  fileName: z.string(),
  tasks: z.array(
    z.object({
      taskId: z.string(),
      title: z.string(),
      deadline: z.string(),
      measureLabel: z.string(),
      figures: figuresSchema,
      behind: z.array(z.string()),
    }),
  ),
  createdAt: z.string(),
})
export type WeeklySummary = z.infer<typeof weeklySummarySchema>

export const taskApi = {
  assignTask: defineAction({
    summary: '下达调度任务（州/市、县、乡镇的督导，对下级单位；有时限和进度目标）',
    access: SUPERVISING_ROLES,
    input: z.strictObject({
      title: text(40),
      detail: z.string().trim().max(500, '说明最多 500 字').default(''),
      unitIds: z.array(idSchema).min(1, '请至少选择一个单位').max(1500, '一次最多 1,500 个单位'),
      deadline: daySchema,
      measure: taskMeasureSchema,
    }),
    output: z.object({ taskId: z.string() }),
  }),
  listTasks: defineAction({
    summary: '调度任务：本级下达的和本单位承担的',
    access: 'bound',
    input: z.strictObject({}),
    output: z.object({ tasks: z.array(taskViewSchema), ...skippedField }),
  }),
  getTask: defineAction({
    summary: '调度任务详情：各单位进度（下达方看全部，承担单位看本单位）',
    access: 'bound',
    input: z.strictObject({ taskId: idSchema }),
    output: z.object({ task: taskViewSchema, rows: z.array(taskUnitRowSchema) }),
  }),
  reportProgress: defineAction({
    summary: '承担单位报送调度任务进度（附说明）',
    access: 'bound',
    input: z.strictObject({
      taskId: idSchema,
      unitId: idSchema,
      value: z.number().int('进度应为整数').min(0, '进度不能为负').max(1_000_000, '进度数过大'),
      note: z.string().trim().max(200, '说明最多 200 字').default(''),
    }),
    output: z.object({ ok: z.literal(true) }),
  }),
  listWeeklySummaries: defineAction({
    summary: '周通报：本级下达任务的每周汇总（按单位，不排名）',
    access: SUPERVISING_ROLES,
    input: z.strictObject({}),
    output: z.object({ summaries: z.array(weeklySummarySchema), ...skippedField }),
  }),
  getWeeklyFile: defineAction({
    summary: '下载周通报表格（xlsx）',
    access: SUPERVISING_ROLES,
    input: z.strictObject({
      summaryId: z
        .string()
        .min(1)
        .max(120)
        .regex(/^[\w-]+$/, '编号格式不正确'),
    }),
    output: z.object({ url: z.string(), fileName: z.string() }),
  }),
}
