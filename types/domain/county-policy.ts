import { z } from '../zod'
import { DEFAULT_POLICY, policyRulesSchema, stricterParts as presenceStricterParts } from './presence'
import { DEFAULT_LEAVE_RULES, describeLeave, leaveSectionSchema, leaveStricterParts } from './leave-policy'

/**
 * A county's settings, in sections. Each section has a default here (the 2024/2026 减负 rules), its own
 * schema, and a rule naming what in a new value asks more of cadres (or keeps more of their data) than a
 * baseline: the 州/市's rule where the county has one above it, else the default. Anything stricter than
 * the baseline needs a written reason, which is kept and shown.
 */
export const POLICY_SECTIONS = ['presence', 'reminders', 'retention', 'monitoring', 'leave'] as const
export const policySectionSchema = z.enum(POLICY_SECTIONS)
export type PolicySection = z.infer<typeof policySectionSchema>
export const POLICY_SECTION_LABELS: Record<PolicySection, string> = {
  presence: '在村履职',
  reminders: '提醒',
  retention: '数据保留',
  monitoring: '防返贫监测',
  leave: '请假与补助',
}

export const presenceSectionSchema = policyRulesSchema
/** Reminders: the daily presence reminder is off unless the county switches it on (减负: no nagging). */
export const remindersSectionSchema = z.object({ presenceDaily: z.boolean() })
/** How long raw location data and households' personal data are kept (个人信息保护法: no longer than needed). */
export const retentionSectionSchema = z.object({
  checkInDays: z
    .number()
    .int('保留天数须为整数')
    .min(30, '坐标至少保留 30 天（供核实）')
    .max(730, '坐标最多保留 730 天'),
  householdYears: z.number().int('保留年数须为整数').min(1, '至少保留 1 年').max(30, '最多保留 30 年'),
})

const stepDays = (label: string) =>
  z.number().int(`${label}时限须为整数天`).min(1, `${label}时限至少 1 天`).max(60, `${label}时限最多 60 天`)

/**
 * 防返贫监测: the 监测标准 (annual per-capita net income line) the county sets each year, whether the
 * village review is published as a 公示 and for how many days, and the days allowed per step.
 */
export const monitoringSectionSchema = z.object({
  incomeLine: z
    .number()
    .int('监测标准须为整数元')
    .min(1000, '监测标准不低于 1000 元')
    .max(50000, '监测标准不高于 50000 元'),
  lineYear: z.number().int('年度须为整数').min(2021, '年度不早于 2021 年').max(2040, '年度不晚于 2040 年'),
  publicity: z.boolean(),
  publicityDays: z.number().int('公示天数须为整数').min(3, '公示至少 3 天').max(15, '公示最多 15 天'),
  villageDays: stepDays('村级评议'),
  townshipDays: stepDays('乡镇审核'),
  countyDays: stepDays('县级确认'),
})
export type MonitoringSection = z.infer<typeof monitoringSectionSchema>

export const SECTION_SCHEMAS = {
  presence: presenceSectionSchema,
  reminders: remindersSectionSchema,
  retention: retentionSectionSchema,
  monitoring: monitoringSectionSchema,
  leave: leaveSectionSchema,
} as const
export type SectionValues = { [S in PolicySection]: z.infer<(typeof SECTION_SCHEMAS)[S]> }
export type CountyPolicy = SectionValues

export const POLICY_DEFAULTS: CountyPolicy = {
  presence: DEFAULT_POLICY,
  reminders: { presenceDaily: false },
  retention: { checkInDays: 90, householdYears: 5 },
  // 识别纳入 within 15 days in all (村 7, 乡 4, 县 4), the village review published for 5 days.
  monitoring: {
    incomeLine: 7500,
    lineYear: 2026,
    publicity: true,
    publicityDays: 5,
    villageDays: 7,
    townshipDays: 4,
    countyDays: 4,
  },
  leave: DEFAULT_LEAVE_RULES,
}

/** The parts of `next` that ask more than `base`; each needs a written reason. */
export function stricterParts<S extends PolicySection>(
  section: S,
  base: SectionValues[S],
  next: SectionValues[S],
): string[] {
  return STRICTER[section](base, next)
}

const STRICTER: { [S in PolicySection]: (base: SectionValues[S], next: SectionValues[S]) => string[] } = {
  presence: presenceStricterParts,
  reminders: (base, next) => (next.presenceDaily && !base.presenceDaily ? ['开启每日在村记录提醒'] : []),
  retention: (base, next) => [
    ...(next.checkInDays > base.checkInDays
      ? [`签到坐标保留期由 ${base.checkInDays} 天延长到 ${next.checkInDays} 天`]
      : []),
    ...(next.householdYears > base.householdYears
      ? [`农户个人信息保留期由 ${base.householdYears} 年延长到 ${next.householdYears} 年`]
      : []),
  ],
  // Shorter step limits ask more of village, township and county cadres.
  monitoring: (base, next) =>
    (
      [
        ['村级评议', base.villageDays, next.villageDays],
        ['乡镇审核', base.townshipDays, next.townshipDays],
        ['县级确认', base.countyDays, next.countyDays],
      ] as const
    ).flatMap(([label, b, n]) => (n < b ? [`${label}时限由 ${b} 天缩短到 ${n} 天`] : [])),
  leave: leaveStricterParts,
}

export type ReasonCheck = { ok: true; reason: string | null } | { ok: false; message: string }

/**
 * Whether a change may be saved, and the reason kept with it. Stricter than the baseline needs a
 * reason: a new one when the change asks more than the current value, else the current one may stay.
 * Back within the baseline, no reason is kept.
 */
export function checkReason<S extends PolicySection>(
  section: S,
  values: { baseline: SectionValues[S]; current: SectionValues[S]; next: SectionValues[S] },
  reasons: { current: string | null; given: string },
): ReasonCheck {
  if (stricterParts(section, values.baseline, values.next).length === 0) return { ok: true, reason: null }
  const added = stricterParts(section, values.current, values.next)
  if (reasons.given) return { ok: true, reason: reasons.given }
  if (added.length > 0 || !reasons.current) {
    const parts = added.length > 0 ? added : stricterParts(section, values.baseline, values.next)
    return { ok: false, message: `从严设置须写明理由：${parts.join('；')}` }
  }
  return { ok: true, reason: reasons.current }
}

/**
 * Where an effective value comes from: the product default, the 州/市 above the county (its rule is the
 * county's baseline), or the county's own. The nearest layer that set a section wins, section by section.
 */
export const POLICY_SOURCES = ['default', 'prefecture', 'county'] as const
export const policySourceSchema = z.enum(POLICY_SOURCES)
export type PolicySource = z.infer<typeof policySourceSchema>
export const POLICY_SOURCE_LABELS: Record<PolicySource, string> = {
  default: '默认规则',
  prefecture: '州/市规则',
  county: '本县设置',
}

/** One Chinese line per section value, for the audit log and the change history. */
export function describeSection<S extends PolicySection>(section: S, v: SectionValues[S]): string {
  return DESCRIBE[section](v)
}

const DESCRIBE: { [S in PolicySection]: (v: SectionValues[S]) => string } = {
  presence: (v) =>
    `每月在村 ${v.requiredDays} 天，${v.checkInsPerDay === 2 ? '上午、下午各签到一次' : '每日签到一次'}，照片${v.photoRequired ? '必填' : '可选'}`,
  reminders: (v) => `每日在村记录提醒${v.presenceDaily ? '开启' : '关闭'}`,
  retention: (v) =>
    `签到坐标与设备号保留 ${v.checkInDays} 天，已移出的农户个人信息保留 ${v.householdYears} 年`,
  monitoring: (v) =>
    `${v.lineYear} 年监测标准 ${v.incomeLine} 元/人·年，村级评议${v.publicity ? `公示 ${v.publicityDays} 天` : '不公示'}，时限：村 ${v.villageDays} 天、乡镇 ${v.townshipDays} 天、县 ${v.countyDays} 天`,
  leave: describeLeave,
}

/** The fixed times of the scheduled reminders (one timer per function): shown with the settings. */
export const REMINDER_TIMES = [
  { key: 'presence', label: '在村记录提醒', when: '工作日 16:00（仅在开启时）' },
  { key: 'visits', label: '结对户走访提醒', when: '每周一 16:00' },
  { key: 'rectify', label: '整改到期与逾期提醒', when: '每日 08:00' },
] as const

/** The instant before which raw coordinates are coarsened: `checkInDays` whole days before now. */
export function coarsenBefore(now: Date, checkInDays: number): Date {
  return new Date(now.getTime() - checkInDays * 24 * 60 * 60 * 1000)
}
