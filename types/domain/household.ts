import { z } from '../zod'
import { HOUSEHOLD_KIND, MONITOR_TYPE, type HouseholdKind, type MonitorType } from './monitoring'

/**
 * A registered household (建档立卡户). Keys are English, labels Chinese; the spreadsheet import and
 * the screens use the labels. ID and phone numbers never cross the wire in full: views carry masks.
 */
function labelled<K extends string>(labels: Record<K, string>) {
  const keys = Object.keys(labels) as [K, ...K[]]
  return { schema: z.enum(keys), labels, keys }
}

export const POVERTY_CAUSE = labelled({
  illness: '因病',
  disability: '因残',
  schooling: '因学',
  disaster: '因灾',
  land: '缺土地',
  water: '缺水',
  skills: '缺技术',
  labour: '缺劳动力',
  funds: '缺资金',
  transport: '交通落后',
  motivation: '自身动力不足',
})
export type PovertyCause = z.infer<typeof POVERTY_CAUSE.schema>

/**
 * The 建档立卡 status of 2016–2020, kept as the household's history only: since 2021 the registry
 * holds the 2026 kinds (HOUSEHOLD_KIND: 脱贫户 / 监测对象 / 一般农户) and there is no 未脱贫.
 */
export const REGISTERED_STATUS = labelled({ not_lifted: '未脱贫', lifted: '已脱贫', monitored: '监测户' })
export type RegisteredStatus = z.infer<typeof REGISTERED_STATUS.schema>

/** 主要致贫原因 applies to 脱贫户 and to 监测对象 of type 脱贫不稳定户 (both were registered as poor). */
export function needsMainCause(kind: HouseholdKind, monitorType: MonitorType | null): boolean {
  return kind === 'lifted' || (kind === 'monitored' && monitorType === 'unstable')
}

/** 「监测对象（边缘易致贫户）」, 「脱贫户」: the one label lists and cards show. */
export function kindLabel(kind: HouseholdKind, monitorType: MonitorType | null): string {
  const base = HOUSEHOLD_KIND.labels[kind]
  return kind === 'monitored' && monitorType ? `${base}（${MONITOR_TYPE.labels[monitorType]}）` : base
}

export const RELATION = labelled({
  head: '户主',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandchild: '孙辈',
  sibling: '兄弟姐妹',
  in_law: '儿媳/女婿',
  other: '其他',
})
export const SEX = labelled({ male: '男', female: '女' })
export const EDUCATION = labelled({
  preschool: '学龄前',
  illiterate: '文盲或半文盲',
  primary: '小学',
  junior: '初中',
  senior: '高中/中专',
  college: '大专及以上',
})
/** What a visit checks for 义务教育有保障: a child of school age must not be out of school. */
export const SCHOOL_STATUS = labelled({
  not_student: '非在校生',
  preschool: '学前教育',
  compulsory: '义务教育在校',
  senior: '高中/中职在校',
  college: '大专及以上在校',
  dropped_out: '辍学',
})
export const HEALTH = labelled({
  healthy: '健康',
  chronic: '长期慢性病',
  serious: '患有大病',
  disabled: '残疾',
})
export const LABOUR = labelled({
  normal: '普通劳动力',
  skilled: '技能劳动力',
  weak: '弱劳动力或半劳动力',
  lost: '丧失劳动力',
  none: '无劳动力',
})
export const WORK_STATUS = labelled({
  farming: '务农',
  local: '乡镇内务工',
  in_county: '县内务工',
  in_province: '省内县外务工',
  out_province: '省外务工',
  not_working: '未就业',
  not_applicable: '不适用',
})

export const householdMemberSchema = z.object({
  relation: RELATION.schema,
  sex: SEX.schema,
  age: z.number().int().min(0).max(120),
  education: EDUCATION.schema,
  schoolStatus: SCHOOL_STATUS.schema,
  health: HEALTH.schema,
  labourAbility: LABOUR.schema,
  workStatus: WORK_STATUS.schema,
})
export type HouseholdMember = z.infer<typeof householdMemberSchema>

export const MAX_HOUSEHOLD_MEMBERS = 20

/** The view of a household every caller gets: sensitive values masked. */
export const householdSchema = z.object({
  id: z.string(),
  headName: z.string(),
  idMasked: z.string(),
  phoneMasked: z.string(),
  villageId: z.string(),
  groupId: z.string().nullable(),
  members: z.array(householdMemberSchema).max(MAX_HOUSEHOLD_MEMBERS),
  /** 2026 registry kind; 监测对象 carry their type. */
  kind: HOUSEHOLD_KIND.schema,
  monitorType: MONITOR_TYPE.schema.nullable(),
  /** Only for 脱贫户 and 脱贫不稳定户 (needsMainCause); null elsewhere. */
  mainCause: POVERTY_CAUSE.schema.nullable(),
  /** The 建档立卡 status, history only; null for households never registered. */
  registeredStatus: REGISTERED_STATUS.schema.nullable(),
  pairingCadreIds: z.array(z.string()),
})
export type Household = z.infer<typeof householdSchema>

/** Chinese label → key, for spreadsheet cells. Unknown labels give undefined. */
export function keyOfLabel<K extends string>(labels: Record<K, string>, text: string): K | undefined {
  const wanted = text.trim()
  return (Object.keys(labels) as K[]).find((k) => labels[k] === wanted)
}
