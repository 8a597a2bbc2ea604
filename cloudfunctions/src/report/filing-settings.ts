import { POLICY_DEFAULTS, type CountyPolicy, type PolicySection } from '@contract/domain/county-policy'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { SettingInForce } from '@contract/compliance/filing-pack'
import type { Database } from '../shared/db-types'
import type { TreeUnit } from '../shared/org-tree'
import { effectiveOf, effectivePolicy } from '../shared/presence-policy'

// The one adapter from the county's policy model to the filing pack's 设置 sheet: a new setting is
// one line here.

interface Setting<S extends PolicySection> {
  section: S
  name: string
  show: (v: CountyPolicy[S]) => string
}

const SETTINGS: ReadonlyArray<Setting<'presence'> | Setting<'reminders'> | Setting<'retention'>> = [
  { section: 'presence', name: '每月在村天数要求', show: (r) => `${r.requiredDays} 天` },
  {
    section: 'presence',
    name: '每日签到次数',
    show: (r) => (r.checkInsPerDay === 2 ? '上午、下午各一次' : '每天一次'),
  },
  { section: 'presence', name: '签到须附现场照片', show: (r) => (r.photoRequired ? '是' : '否') },
  { section: 'reminders', name: '每日在村记录提醒', show: (r) => (r.presenceDaily ? '开启' : '关闭') },
  { section: 'retention', name: '签到原始坐标与设备标识保留', show: (r) => `${r.checkInDays} 天` },
  { section: 'retention', name: '已移出农户的完整身份证号与电话保留', show: (r) => `${r.householdYears} 年` },
]

export async function filingSettings(db: Database, county: TreeUnit): Promise<SettingInForce[]> {
  const policy = (await effectivePolicy(db, county)) ?? effectiveOf(county._id, null)
  return SETTINGS.map((s) => {
    const { value, defaultValue, section } = shown(s, policy)
    const meta = section.meta
    return {
      name: s.name,
      value,
      defaultValue,
      reason:
        meta.reason ??
        (section.source === 'default'
          ? '默认值（按 2024 年基层减负规定与个人信息保护法）'
          : section.source === 'prefecture'
            ? '州/市规则'
            : ''),
      changedAt: meta.updatedAt ? shanghaiDay(new Date(meta.updatedAt)) : '',
      changedBy: meta.updatedByName ?? '',
    }
  })
}

function shown(
  s: Setting<'presence'> | Setting<'reminders'> | Setting<'retention'>,
  policy: ReturnType<typeof effectiveOf>,
) {
  switch (s.section) {
    case 'presence':
      return {
        value: s.show(policy.presence.values),
        defaultValue: s.show(POLICY_DEFAULTS.presence),
        section: policy.presence,
      }
    case 'reminders':
      return {
        value: s.show(policy.reminders.values),
        defaultValue: s.show(POLICY_DEFAULTS.reminders),
        section: policy.reminders,
      }
    case 'retention':
      return {
        value: s.show(policy.retention.values),
        defaultValue: s.show(POLICY_DEFAULTS.retention),
        section: policy.retention,
      }
  }
}
