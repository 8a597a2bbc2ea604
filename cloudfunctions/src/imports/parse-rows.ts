import type { ImportIssue } from '@contract/api/imports'
import { POST_LABELS, ROLE_LABELS, type Post, type Role } from '@contract/domain/role'
import { isValidIdNumber, isValidMobile, normalizeIdNumber, normalizePhone } from '@contract/domain/id-number'
import { splitList } from '@contract/domain/import-layout'
import { DEFAULT_PRESENCE_RADIUS_M, VILLAGE_RADIUS_RANGE } from '@contract/domain/org-unit'
import { RowReader, type RowRef, type Table } from './table'

export type UnitLevel = 'county' | 'township' | 'village' | 'group'
const UNIT_LEVELS: Record<UnitLevel, string> = {
  county: '区县',
  township: '乡镇',
  village: '村',
  group: '村民小组',
}
const LEVEL_ALIASES: Record<string, UnitLevel> = {
  县: 'county',
  区: 'county',
  县级市: 'county',
  街道: 'township',
  乡: 'township',
  镇: 'township',
  社区: 'village',
  小组: 'group',
}
const CODE = /^[0-9A-Za-z]{1,20}$/

export interface UnitRecord {
  at: RowRef
  level: UnitLevel
  code: string
  name: string
  parentCode: string
  center?: { lat: number; lng: number }
  radiusM?: number
  flags?: { poor: boolean; weak: boolean }
}

export interface PersonRecord {
  at: RowRef
  name: string
  phone: string
  idNumber: string
  homeCode: string
  role: Role
  post?: Post
  scopeCodes: string[]
  /** A registered 派出单位's name; empty leaves the person's unit as it is. */
  dispatchUnit: string
}

function code(r: RowReader, column: string, required = true): string {
  const value = r.text(column, { required })
  if (value && !CODE.test(value)) r.fail(column, '编码只能由数字或字母组成，最长 20 位')
  return value
}

/** Each data row through `parse`; only rows without issues become records. */
export function parseTable<T>(
  table: Table,
  issues: ImportIssue[],
  parse: (r: RowReader, at: RowRef) => T,
): T[] {
  const out: T[] = []
  for (const { row, cells } of table.rows) {
    const reader = new RowReader(table.sheet, row, table.headers, cells, issues)
    const record = parse(reader, { sheet: table.sheet, row })
    if (reader.ok) out.push(record)
  }
  return out
}

export function parseUnit(r: RowReader, at: RowRef): UnitRecord {
  const level = r.choice('层级', UNIT_LEVELS, { required: true, aliases: LEVEL_ALIASES })
  const rec: UnitRecord = {
    at,
    level: level ?? 'group',
    code: code(r, '编码'),
    name: r.text('名称', { required: true, max: 30 }),
    parentCode: code(r, '上级编码'),
  }
  if (level !== 'village') return rec
  const lat = r.number('纬度', { required: true, min: 3, max: 54 })
  const lng = r.number('经度', { required: true, min: 73, max: 136 })
  if (lat !== undefined && lng !== undefined) rec.center = { lat, lng }
  rec.radiusM =
    r.number('签到半径(米)', { ...VILLAGE_RADIUS_RANGE, integer: true }) ?? DEFAULT_PRESENCE_RADIUS_M
  rec.flags = { poor: r.yesNo('贫困村'), weak: r.yesNo('软弱涣散村') }
  return rec
}

export function mobile(r: RowReader, column: string, required: boolean): string {
  const value = normalizePhone(r.text(column, { required }))
  if (value && !isValidMobile(value)) r.fail(column, `「${value}」不是有效的 11 位手机号`)
  return value
}

export function idNumber(r: RowReader, column: string, required: boolean): string {
  const value = normalizeIdNumber(r.text(column, { required }))
  if (value && !isValidIdNumber(value))
    r.fail(column, '身份证号无效：应为 18 位且校验位正确（在 Excel 中请把该列设为文本格式）')
  return value
}

// Posts only describe resident and village cadres; a post on another role is a mistake in the sheet.
const POST_ROLES: readonly Role[] = ['resident_cadre', 'village_cadre']
// A 派出单位 contact is made by registering the 派出单位 (its grant names that unit, not an org unit).
const IMPORTED_ROLE_LABELS: Record<Exclude<Role, 'dispatch_contact'>, string> = {
  admin: ROLE_LABELS.admin,
  supervisor: ROLE_LABELS.supervisor,
  township_leader: ROLE_LABELS.township_leader,
  resident_cadre: ROLE_LABELS.resident_cadre,
  village_cadre: ROLE_LABELS.village_cadre,
  pairing_cadre: ROLE_LABELS.pairing_cadre,
}

export function parsePerson(r: RowReader, at: RowRef): PersonRecord {
  const rec: PersonRecord = {
    at,
    name: r.text('姓名', { required: true, max: 20 }),
    phone: mobile(r, '手机号', true),
    idNumber: idNumber(r, '身份证号', false),
    homeCode: code(r, '所属单位编码'),
    role: r.choice('角色', IMPORTED_ROLE_LABELS, { required: true }) ?? 'pairing_cadre',
    post: r.choice('岗位', POST_LABELS),
    scopeCodes: [],
    dispatchUnit: r.text('派出单位', { max: 60 }),
  }
  if (rec.dispatchUnit && rec.role !== 'resident_cadre')
    r.fail('派出单位', `只有驻村干部填写派出单位，「${ROLE_LABELS[rec.role]}」请留空`)
  if (rec.post && !POST_ROLES.includes(rec.role))
    r.fail('岗位', `「${ROLE_LABELS[rec.role]}」不设岗位，请留空`)
  const scope = splitList(r.text('负责单位编码', { max: 500 }))
  if (scope.some((c) => !CODE.test(c))) r.fail('负责单位编码', '编码只能由数字或字母组成，多个用顿号分隔')
  rec.scopeCodes = scope.length > 0 ? [...new Set(scope)] : rec.homeCode ? [rec.homeCode] : []
  if (rec.scopeCodes.length > 50) r.fail('负责单位编码', '最多 50 个单位')
  return rec
}
