import {
  EDUCATION,
  HEALTH,
  LABOUR,
  needsMainCause,
  POVERTY_CAUSE,
  RELATION,
  SCHOOL_STATUS,
  SEX,
  WORK_STATUS,
  type HouseholdMember,
  type PovertyCause,
} from '@contract/domain/household'
import {
  HOUSEHOLD_KIND,
  MONITOR_TYPE,
  type HouseholdKind,
  type MonitorType,
} from '@contract/domain/monitoring'
import { splitList } from '@contract/domain/import-layout'
import type { RowReader, RowRef } from './table'
import { idNumber, mobile } from './parse-rows'

export interface HouseholdRecord {
  at: RowRef
  headName: string
  idNumber: string
  phone: string
  villageCode: string
  groupCode: string
  kind: HouseholdKind
  monitorType: MonitorType | null
  mainCause: PovertyCause | null
  pairingPhones: string[]
}

export interface MemberRecord {
  at: RowRef
  headId: string
  member: HouseholdMember
}

export function parseHousehold(r: RowReader, at: RowRef): HouseholdRecord {
  const rec: HouseholdRecord = {
    at,
    headName: r.text('户主姓名', { required: true, max: 20 }),
    idNumber: idNumber(r, '户主身份证号', true),
    phone: mobile(r, '联系电话', false),
    villageCode: r.text('村编码', { required: true, max: 20 }),
    groupCode: r.text('村民小组编码', { max: 20 }),
    ...kindCells(r),
    pairingPhones: [],
  }
  const phones = splitList(r.text('帮扶责任人手机号', { max: 500 }))
  const bad = phones.find((p) => !/^1[3-9]\d{9}$/.test(p))
  if (bad) r.fail('帮扶责任人手机号', `「${bad}」不是有效的 11 位手机号`)
  if (phones.length > 10) r.fail('帮扶责任人手机号', '每户最多 10 名帮扶责任人')
  rec.pairingPhones = [...new Set(phones)]
  return rec
}

/** 2020's 户状态 labels still found in old sheets; 未脱贫 has no 2026 meaning and is refused. */
const KIND_ALIASES: Record<string, HouseholdKind> = { 已脱贫: 'lifted', 监测户: 'monitored' }

/** 农户类型, 监测对象类型 (for 监测对象 only) and 主要致贫原因 (where it applies: needsMainCause). */
function kindCells(r: RowReader): Pick<HouseholdRecord, 'kind' | 'monitorType' | 'mainCause'> {
  const kindText = r.text('农户类型')
  const kind =
    kindText === '未脱贫'
      ? r.fail('农户类型', '2021 年起已无“未脱贫”户，请填写脱贫户、监测对象或一般农户')
      : r.choice('农户类型', HOUSEHOLD_KIND.labels, { required: true, aliases: KIND_ALIASES })
  const typeText = r.text('监测对象类型')
  let monitorType: MonitorType | null = null
  if (kind === 'monitored')
    monitorType = r.choice('监测对象类型', MONITOR_TYPE.labels, { required: true }) ?? null
  else if (typeText && kind) r.fail('监测对象类型', `${HOUSEHOLD_KIND.labels[kind]}不填监测对象类型`)
  const causeText = r.text('主要致贫原因')
  const applies = kind ? needsMainCause(kind, monitorType) : false
  let mainCause: PovertyCause | null = null
  if (applies) mainCause = r.choice('主要致贫原因', POVERTY_CAUSE.labels, { required: true }) ?? null
  else if (causeText && kind) r.fail('主要致贫原因', '主要致贫原因只填写脱贫户和脱贫不稳定户')
  return { kind: kind ?? 'ordinary', monitorType, mainCause }
}

export function parseMember(r: RowReader, at: RowRef): MemberRecord {
  const fallback: HouseholdMember = {
    relation: 'other',
    sex: 'male',
    age: 0,
    education: 'primary',
    schoolStatus: 'not_student',
    health: 'healthy',
    labourAbility: 'normal',
    workStatus: 'not_applicable',
  }
  const member: HouseholdMember = {
    relation: r.choice('与户主关系', RELATION.labels, { required: true }) ?? fallback.relation,
    sex: r.choice('性别', SEX.labels, { required: true }) ?? fallback.sex,
    age: r.number('年龄', { required: true, min: 0, max: 120, integer: true }) ?? fallback.age,
    education: r.choice('文化程度', EDUCATION.labels, { required: true }) ?? fallback.education,
    schoolStatus: r.choice('在校情况', SCHOOL_STATUS.labels, { required: true }) ?? fallback.schoolStatus,
    health: r.choice('健康状况', HEALTH.labels, { required: true }) ?? fallback.health,
    labourAbility: r.choice('劳动能力', LABOUR.labels, { required: true }) ?? fallback.labourAbility,
    workStatus: r.choice('务工状况', WORK_STATUS.labels, { required: true }) ?? fallback.workStatus,
  }
  return { at, headId: idNumber(r, '户主身份证号', true), member }
}
