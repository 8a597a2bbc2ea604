import { z } from '../zod'

/**
 * 调度任务 (平川: 周统计、周提醒、周调度、周通报): a supervisor at any level gives the units below a task
 * with a deadline and a measure; each unit reports its progress; a weekly summary per issuing level
 * counts places, never people, and ranks nobody.
 */

/**
 * count: each unit works towards a number (e.g. 20 户 visited) and reports how far it got;
 * share: each unit reports done or not, and the task is met when that share of units is done
 * (平川's 一肩挑: 85 % of 52 villages).
 */
export const taskMeasureSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('count'),
    target: z.number().int().min(1, '目标数至少为 1').max(100_000, '目标数过大'),
    unitLabel: z.string().trim().min(1, '请填写计量单位').max(6, '计量单位最多 6 个字'),
  }),
  z.strictObject({
    kind: z.literal('share'),
    targetPercent: z.number().int().min(1, '目标比例应在 1–100 之间').max(100, '目标比例应在 1–100 之间'),
  }),
])
export type TaskMeasure = z.infer<typeof taskMeasureSchema>

export const TASK_LEVEL_LABELS = { prefecture: '州/市', county: '县', township: '乡镇' } as const

export interface UnitProgress {
  value: number
  reported: boolean
}

/** Is a unit's reported value done under the measure? */
export function unitDone(measure: TaskMeasure, value: number): boolean {
  return measure.kind === 'count' ? value >= measure.target : value >= 1
}

/** A value a unit may report: a count up to ten times the target, or 0/1 for done. */
export function checkValue(measure: TaskMeasure, value: number): string | null {
  if (!Number.isInteger(value) || value < 0) return '进度应为不小于 0 的整数'
  if (measure.kind === 'share' && value > 1) return '此任务只报“已完成”或“未完成”'
  if (measure.kind === 'count' && value > measure.target * 10) return '进度数超出目标过多，请核对'
  return null
}

export interface TaskFigures {
  units: number
  reported: number
  done: number
  /** Percent of the task reached: count → sum / (target × units); share → done units / units. */
  percent: number
  /** Whether the measure is met (share: the target percent; count: every unit done). */
  met: boolean
}

export function taskFigures(measure: TaskMeasure, rows: readonly UnitProgress[]): TaskFigures {
  const units = rows.length
  const reported = rows.filter((r) => r.reported).length
  const done = rows.filter((r) => r.reported && unitDone(measure, r.value)).length
  if (units === 0) return { units, reported, done, percent: 0, met: false }
  if (measure.kind === 'share') {
    const percent = Math.round((done / units) * 1000) / 10
    return { units, reported, done, percent, met: percent >= measure.targetPercent }
  }
  const sum = rows.reduce((s, r) => s + Math.min(r.value, measure.target), 0)
  const percent = Math.round((sum / (measure.target * units)) * 1000) / 10
  return { units, reported, done, percent, met: done === units }
}

export function measureLabel(measure: TaskMeasure): string {
  return measure.kind === 'count'
    ? `每单位完成 ${measure.target} ${measure.unitLabel}`
    : `${measure.targetPercent}% 的单位完成`
}

/** The Monday (Shanghai calendar day) of the week a day falls in: the week's key. */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`)
  const back = (d.getUTCDay() + 6) % 7
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10)
}
