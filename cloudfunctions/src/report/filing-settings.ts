import { DEFAULT_POLICY, type PolicyRules } from '@contract/domain/presence'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { SettingInForce } from '@contract/compliance/filing-pack'
import type { Database } from '../shared/db-types'
import { getPolicyDoc, rulesOf } from '../shared/presence-policy'

// The one adapter from the county's policy model to the filing pack's 设置 sheet: when the policy
// model grows (more settings, other reasons), only this file changes.

const SETTINGS: Array<{ name: string; show: (r: PolicyRules) => string }> = [
  { name: '每月在村天数要求', show: (r) => `${r.requiredDays} 天` },
  { name: '每日签到次数', show: (r) => (r.checkInsPerDay === 2 ? '上午、下午各一次' : '每天一次') },
  { name: '签到须附现场照片', show: (r) => (r.photoRequired ? '是' : '否') },
]

export async function filingSettings(db: Database, countyId: string): Promise<SettingInForce[]> {
  const doc = await getPolicyDoc(db, countyId)
  const rules = rulesOf(doc)
  return SETTINGS.map((s) => {
    const value = s.show(rules)
    const isDefault = value === s.show(DEFAULT_POLICY)
    return {
      name: s.name,
      value,
      defaultValue: s.show(DEFAULT_POLICY),
      reason: doc?.reason ?? (isDefault ? '默认值（按 2024 年基层减负规定）' : ''),
      changedAt: doc?.updatedAt ? shanghaiDay(new Date(doc.updatedAt)) : '',
      changedBy: doc?.updatedByName ?? '',
    }
  })
}
