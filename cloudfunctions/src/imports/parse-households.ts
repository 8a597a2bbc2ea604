import {
  EDUCATION,
  HEALTH,
  HOUSEHOLD_STATUS,
  LABOUR,
  POVERTY_CAUSE,
  RELATION,
  SCHOOL_STATUS,
  SEX,
  WORK_STATUS,
  type HouseholdMember,
  type HouseholdStatus,
  type PovertyCause,
} from '@contract/domain/household'
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
  mainCause: PovertyCause
  status: HouseholdStatus
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
    mainCause: r.choice('主要致贫原因', POVERTY_CAUSE.labels, { required: true }) ?? 'illness',
    status: r.choice('户状态', HOUSEHOLD_STATUS.labels, { required: true }) ?? 'not_lifted',
    pairingPhones: [],
  }
  const phones = splitList(r.text('帮扶责任人手机号', { max: 500 }))
  const bad = phones.find((p) => !/^1[3-9]\d{9}$/.test(p))
  if (bad) r.fail('帮扶责任人手机号', `「${bad}」不是有效的 11 位手机号`)
  if (phones.length > 10) r.fail('帮扶责任人手机号', '每户最多 10 名帮扶责任人')
  rec.pairingPhones = [...new Set(phones)]
  return rec
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
