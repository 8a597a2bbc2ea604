import { z } from '../zod'
import { RISK_TYPE, type RiskType } from './monitoring'

/**
 * The visit form (走访表): 两不愁三保障 plus safe drinking water, income, risks, problems, help and
 * satisfaction. Each stored visit names the form version it was made with, so old visits stay
 * readable when the form changes.
 */
export const VISIT_FORM_VERSION = 2

function labelled<K extends string>(labels: Record<K, string>) {
  const keys = Object.keys(labels) as [K, ...K[]]
  return { schema: z.enum(keys), labels, keys }
}

export const CHECK = labelled({
  food: '不愁吃',
  clothing: '不愁穿',
  education: '义务教育有保障',
  medical: '基本医疗有保障',
  housing: '住房安全有保障',
  water: '饮水安全',
})
export type CheckKey = (typeof CHECK.keys)[number]

/** What "no" means for each item, shown under the checklist so the note says what was found. */
export const CHECK_HINTS: Record<CheckKey, string> = {
  food: '口粮、肉蛋奶是否有保障',
  clothing: '四季衣被是否齐备',
  education: '有无义务教育阶段适龄儿童失学辍学',
  medical: '是否参保，慢病是否签约家庭医生',
  housing: '住房是否安全，C/D 级危房须标注',
  water: '饮水是否安全、方便',
}

/** 住房安全等级: C and D are dangerous houses (危房) and must be flagged. */
export const HOUSE_CLASS = labelled({ A: 'A 级', B: 'B 级', C: 'C 级危房', D: 'D 级危房' })
export type HouseClass = (typeof HOUSE_CLASS.keys)[number]
export const DANGEROUS_CLASSES: readonly HouseClass[] = ['C', 'D']

export const INCOME_SOURCE = labelled({
  wages: '务工收入',
  farming: '种养殖',
  business: '经营收入',
  transfer: '政策性补贴',
  pension: '养老金',
  dividend: '资产收益分红',
  other: '其他',
})
/** Two risks of the 2020 form (version 1) outside the standard list; old visits keep them readable. */
export const LEGACY_RISK = labelled({ unemployment: '失业', income_drop: '收入骤降' })
/**
 * Risks a visit records: the standard list (风险类型, RISK_TYPE) the form offers since version 2, plus
 * the legacy keys of version 1 (大病 and 灾害 of that form are 因病 and 因灾 of the list).
 */
export const RISK = labelled({ ...RISK_TYPE.labels, ...LEGACY_RISK.labels })
export type RiskKey = (typeof RISK.keys)[number]
/** What the form offers. */
export const OFFERED_RISKS: readonly RiskType[] = RISK_TYPE.keys
const LEGACY_TO_STANDARD: Record<keyof typeof LEGACY_RISK.labels, RiskType> = {
  unemployment: 'unstable_work',
  income_drop: 'other',
}
/** A visit's risks on the standard list, for a 监测 case. */
export function standardRisks(risks: readonly RiskKey[]): RiskType[] {
  const out = risks.map((r) => (r === 'unemployment' || r === 'income_drop' ? LEGACY_TO_STANDARD[r] : r))
  return [...new Set(out)]
}
export const HELP = labelled({
  industry: '产业帮扶',
  employment: '就业帮扶',
  education: '教育帮扶',
  health: '健康帮扶',
  housing: '住房保障',
  welfare: '兜底保障',
  finance: '小额信贷',
  consumption: '消费帮扶',
  other: '其他帮扶',
})
export const SATISFACTION = labelled({ satisfied: '满意', fair: '基本满意', dissatisfied: '不满意' })

const note = z.string().trim().max(200)
const yuanPerYear = z
  .number()
  .int('请填写整数（元）')
  .min(0, '金额不能为负')
  .max(10_000_000, '金额过大，请核对')
const check = z.object({ ok: z.boolean(), note })

export const visitFormSchema = z
  .strictObject({
    checks: z.strictObject({
      food: check,
      clothing: check,
      education: check,
      medical: check,
      water: check,
      housing: check.extend({ houseClass: HOUSE_CLASS.schema.nullable() }),
    }),
    income: z.strictObject({
      /** 家庭年纯收入估算, yuan. */
      annualEstimate: z.number().int().min(0).max(10_000_000),
      sources: z.array(INCOME_SOURCE.schema).max(INCOME_SOURCE.keys.length),
    }),
    risks: z.array(RISK.schema).max(RISK.keys.length),
    /** 人均纯收入 (元/年), against the county's 监测标准; form version 2 on. */
    incomePerCapita: yuanPerYear.optional(),
    /** 刚性支出 (元/年): medical and schooling costs that can push a household below the line. */
    rigidExpense: z.strictObject({ medical: yuanPerYear, schooling: yuanPerYear }).optional(),
    /** The cadre asks to start 监测识别 (识别纳入) for the risks found: a candidate case, never a fault. */
    startMonitoring: z.boolean().optional(),
    problems: z.string().trim().max(1000),
    help: z.strictObject({
      measures: z.array(HELP.schema).max(HELP.keys.length),
      text: z.string().trim().max(1000),
    }),
    satisfaction: SATISFACTION.schema,
  })
  .superRefine((form, ctx) => {
    for (const issue of formIssues(form))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
  })
export type VisitForm = z.infer<typeof visitFormSchema>

export interface FormIssue {
  path: string[]
  message: string
}

/**
 * Rules beyond the shape, shared by the phone (live hints) and the function: every "no" needs a
 * note, a C/D-class house is a "no" for 住房安全, lists hold no duplicates.
 */
export function formIssues(form: VisitForm): FormIssue[] {
  const issues: FormIssue[] = []
  for (const key of CHECK.keys) {
    const c = form.checks[key]
    if (!c.ok && !c.note.trim())
      issues.push({ path: ['checks', key, 'note'], message: `「${CHECK.labels[key]}」选择了否，请写明情况` })
  }
  const house = form.checks.housing.houseClass
  if (house && DANGEROUS_CLASSES.includes(house) && form.checks.housing.ok) {
    issues.push({
      path: ['checks', 'housing', 'ok'],
      message: `${HOUSE_CLASS.labels[house]}不能视为住房安全有保障`,
    })
  }
  const lists: Array<[string[], readonly string[]]> = [
    [['income', 'sources'], form.income.sources],
    [['risks'], form.risks],
    [['help', 'measures'], form.help.measures],
  ]
  for (const [path, list] of lists) {
    if (new Set(list).size !== list.length) issues.push({ path, message: '选项重复' })
  }
  if (form.startMonitoring && form.risks.length === 0)
    issues.push({ path: ['startMonitoring'], message: '发起监测识别须至少选择一项风险' })
  return issues
}

/** A dangerous house (C/D) is flagged wherever the visit is listed. */
export function isDangerousHouse(form: Pick<VisitForm, 'checks'>): boolean {
  const c = form.checks.housing.houseClass
  return c !== null && DANGEROUS_CLASSES.includes(c)
}

/** The checklist items answered "no". */
export function failedChecks(form: Pick<VisitForm, 'checks'>): CheckKey[] {
  return CHECK.keys.filter((k) => !form.checks[k].ok)
}

/** A blank form: everything 是 until the cadre finds otherwise, nothing else filled in. */
export function blankForm(): VisitForm {
  const yes = () => ({ ok: true, note: '' })
  return {
    checks: {
      food: yes(),
      clothing: yes(),
      education: yes(),
      medical: yes(),
      water: yes(),
      housing: { ok: true, note: '', houseClass: null },
    },
    income: { annualEstimate: 0, sources: [] },
    risks: [],
    incomePerCapita: 0,
    rigidExpense: { medical: 0, schooling: 0 },
    startMonitoring: false,
    problems: '',
    help: { measures: [], text: '' },
    satisfaction: 'satisfied',
  }
}

export const MAX_VISIT_PHOTOS = 9
/** Photos are evidence, not art: the phone compresses each to at most this before upload. */
export const MAX_VISIT_PHOTO_BYTES = 200 * 1024

/** Only files the app uploaded under `visit/` may be attached to a visit. */
export const visitFileIdSchema = z
  .string()
  .max(300)
  .regex(/^cloud:\/\/[^/]+\/visit\/[\w\-./]+\.(jpg|jpeg|png|webp)$/, '照片文件编号不正确')
