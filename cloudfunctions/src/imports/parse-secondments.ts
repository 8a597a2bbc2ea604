import { daySchema } from '@contract/domain/calendar'
import type { RowReader, RowRef } from './table'
import { mobile } from './parse-rows'

const CODE = /^[0-9A-Za-z]{1,20}$/

export interface SecondmentRecord {
  at: RowRef
  name: string
  phone: string
  unitCode: string
  position: string
  batch: string
  startDay: string
  plannedEndDay: string
}

/** 2026-3-1, 2026/03/01 and 2026.3.1 are the same day as 2026-03-01; anything else is an issue. */
function day(r: RowReader, column: string): string {
  const raw = r.text(column, { required: true })
  if (!raw) return ''
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(raw)
  const value = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : raw
  const checked = daySchema.safeParse(value)
  if (!checked.success) r.fail(column, `「${raw}」不是有效日期，应为 YYYY-MM-DD（请把该列设为文本格式）`)
  return value
}

export function parseSecondment(r: RowReader, at: RowRef): SecondmentRecord {
  const unitCode = r.text('挂职单位编码', { required: true })
  if (unitCode && !CODE.test(unitCode)) r.fail('挂职单位编码', '编码只能由数字或字母组成，最长 20 位')
  return {
    at,
    name: r.text('姓名', { required: true, max: 20 }),
    phone: mobile(r, '手机号', true),
    unitCode,
    position: r.text('挂任职务', { required: true, max: 30 }),
    batch: r.text('期次', { required: true, max: 20 }),
    startDay: day(r, '到任日期'),
    plannedEndDay: day(r, '计划期满日'),
  }
}
