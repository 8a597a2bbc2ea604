import { DISPATCH_UNIT_KIND_LABELS, type DispatchUnitKind } from '@contract/domain/dispatch-unit'
import type { RowReader, RowRef } from './table'
import { mobile } from './parse-rows'

/** One row of the 派出单位 sheet: the unit, its kind and its contact. */
export interface DispatchRecord {
  at: RowRef
  name: string
  kind: DispatchUnitKind
  contactName: string
  contactPhone: string
}

const KIND_ALIASES: Record<string, DispatchUnitKind> = {
  省直: 'provincial',
  省级: 'provincial',
  市直: 'city',
  市级: 'city',
  县直: 'county',
  县级: 'county',
  企业: 'enterprise',
  国企: 'enterprise',
  大学: 'university',
}

export function parseDispatchUnit(r: RowReader, at: RowRef): DispatchRecord {
  const rec: DispatchRecord = {
    at,
    name: r.text('派出单位名称', { required: true, max: 60 }),
    kind:
      r.choice('单位类别', DISPATCH_UNIT_KIND_LABELS, { required: true, aliases: KIND_ALIASES }) ?? 'other',
    contactName: r.text('联系人姓名', { required: true, max: 20 }),
    contactPhone: mobile(r, '联系人手机号', true),
  }
  if (rec.name && rec.name.length < 2) r.fail('派出单位名称', '单位名称至少 2 个字')
  if (rec.contactName && rec.contactName.length < 2) r.fail('联系人姓名', '联系人姓名至少 2 个字')
  return rec
}
