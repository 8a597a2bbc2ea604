import type { ImportIssue, ImportReport } from '@contract/api/imports'
import {
  detectLayout,
  IMPORT_KIND_LABELS,
  IMPORT_KINDS,
  IMPORT_LAYOUTS,
  MAX_IMPORT_ROWS,
  type ImportKind,
} from '@contract/domain/import-layout'
import type { HandlerContext } from '../shared/context'
import { scopeUnitIds } from '../shared/auth'
import { keyedHash } from '../shared/sensitive'
import { parseTable, parsePerson, parseUnit, type PersonRecord, type UnitRecord } from './parse-rows'
import { parseHousehold, parseMember, type HouseholdRecord, type MemberRecord } from './parse-households'
import { planUnits, refOf } from './plan-units'
import { planPeople } from './plan-people'
import { planHouseholds } from './plan-households'
import { planSecondments } from './plan-secondments'
import { parseSecondment, type SecondmentRecord } from './parse-secondments'
import type { SecondmentWrites } from '../shared/secondments'
import { emptyPlan, type PlanContext, type WritePlan } from './plan-types'
import { unitsByCodes } from '../shared/org-units'
import { peopleByPhoneHashes } from '../shared/people'
import { parseDispatchUnit, type DispatchRecord } from './parse-dispatch'
import { loadDispatchRegister, planDispatchUnits, type ContactMove } from './plan-dispatch'
import { householdsByIdHashes } from '../shared/households'
import type { Table } from './table'

export interface ImportPlan {
  report: ImportReport
  writes: {
    units: WritePlan
    dispatch: WritePlan
    people: WritePlan
    households: WritePlan
    secondments: SecondmentWrites
  }
  /** 派出单位 contacts to grant once the people are written. */
  contacts: ContactMove[]
}

interface Parsed {
  units: UnitRecord[]
  dispatch: DispatchRecord[]
  people: PersonRecord[]
  households: HouseholdRecord[]
  members: MemberRecord[]
  secondments: SecondmentRecord[]
  kindOfSheet: Map<string, ImportKind>
  rows: Record<ImportKind, number>
}

function parseTables(tables: Table[], issues: ImportIssue[]): Parsed {
  const p: Parsed = {
    units: [],
    dispatch: [],
    people: [],
    households: [],
    members: [],
    secondments: [],
    kindOfSheet: new Map(),
    rows: { units: 0, dispatch: 0, people: 0, households: 0, members: 0, secondments: 0 },
  }
  for (const table of tables) {
    // The template's 说明 sheet and empty sheets carry no data.
    if (table.sheet.startsWith('说明') || (table.rows.length === 0 && table.headers.every((h) => !h)))
      continue
    const layout = detectLayout(table.headers)
    if (!layout) {
      const expected = IMPORT_KINDS.map(
        (k) =>
          `${IMPORT_LAYOUTS[k].sheet}（${IMPORT_LAYOUTS[k].columns
            .filter((c) => c.required)
            .map((c) => c.header)
            .join('、')}）`,
      ).join('；')
      issues.push({
        sheet: table.sheet,
        row: 1,
        column: '表头',
        reason: `无法识别的表头，第 1 行应为以下之一的列名：${expected}`,
      })
      continue
    }
    if (table.rows.length > MAX_IMPORT_ROWS) {
      issues.push({
        sheet: table.sheet,
        row: 0,
        column: '',
        reason: `行数超过 ${MAX_IMPORT_ROWS}，请分多个文件导入`,
      })
      continue
    }
    p.kindOfSheet.set(table.sheet, layout.kind)
    p.rows[layout.kind] += table.rows.length
    if (layout.kind === 'units') p.units.push(...parseTable(table, issues, parseUnit))
    if (layout.kind === 'dispatch') p.dispatch.push(...parseTable(table, issues, parseDispatchUnit))
    if (layout.kind === 'people') p.people.push(...parseTable(table, issues, parsePerson))
    if (layout.kind === 'households') p.households.push(...parseTable(table, issues, parseHousehold))
    if (layout.kind === 'members') p.members.push(...parseTable(table, issues, parseMember))
    if (layout.kind === 'secondments') p.secondments.push(...parseTable(table, issues, parseSecondment))
  }
  return p
}

/** Household rows dropped while parsing: their member rows must say so rather than "not found". */
function invalidHeadIds(p: Parsed, tables: Table[], issues: ImportIssue[]): Set<string> {
  const bad = new Set(
    issues.filter((i) => p.kindOfSheet.get(i.sheet) === 'households').map((i) => `${i.sheet}:${i.row}`),
  )
  const ids = new Set<string>()
  for (const t of tables) {
    if (p.kindOfSheet.get(t.sheet) !== 'households') continue
    const col = t.headers.indexOf('户主身份证号')
    for (const r of t.rows)
      if (bad.has(`${t.sheet}:${r.row}`)) ids.add((r.cells[col] ?? '').trim().toUpperCase())
  }
  return ids
}

/** Reads everything the file refers to by natural key, then decides row by row: nothing is written. */
export async function planImport(ctx: HandlerContext, tables: Table[]): Promise<ImportPlan> {
  const issues: ImportIssue[] = []
  const p = parseTables(tables, issues)
  const scope = scopeUnitIds(ctx.caller, ['admin'])
  const register = await loadDispatchRegister(
    ctx,
    scope,
    p.dispatch.length > 0 || p.people.some((x) => x.dispatchUnit),
  )
  const pc: PlanContext = { issues, scope, now: ctx.now, dispatchUnits: register.byName }
  const codes = [
    ...p.units.flatMap((u) => [u.code, u.parentCode]),
    ...p.people.flatMap((x) => [x.homeCode, ...x.scopeCodes]),
    ...p.households.flatMap((h) => [h.villageCode, h.groupCode]),
    ...p.secondments.map((s) => s.unitCode),
  ]
  const dbUnits = await unitsByCodes(ctx.db, codes)
  const existingUnits = new Map(dbUnits.map((u) => [u.code, u]))
  const known = new Map(dbUnits.map((u) => [u.code, refOf(u)]))
  const units = planUnits(pc, p.units, existingUnits, known)
  const dispatch = planDispatchUnits(pc, p.dispatch, register.existing, register.ownerUnitId)

  const phones = [
    ...new Set([
      ...p.people.map((x) => x.phone),
      ...p.households.flatMap((h) => h.pairingPhones),
      ...p.secondments.map((s) => s.phone),
    ]),
  ]
  const hashOf = new Map(phones.map((ph) => [ph, keyedHash(ph)]))
  const dbPeople = await peopleByPhoneHashes(ctx.db, [...hashOf.values()])
  const peopleByHash = new Map(dbPeople.map((x) => [x.phoneHash, x]))
  const personByPhone = new Map<string, string>()
  for (const [phone, hash] of hashOf) {
    const found = peopleByHash.get(hash)
    if (found && found.status === 'active') personByPhone.set(phone, found._id)
  }
  const people = planPeople(pc, p.people, known, peopleByHash, personByPhone)
  const secondments = await planSecondments(ctx, pc, p.secondments, {
    known,
    personByPhone,
    storedOf: (phone) => peopleByHash.get(hashOf.get(phone) ?? ''),
    fileRows: p.people,
  })

  const heads = [...p.households.map((h) => h.idNumber), ...p.members.map((m) => m.headId)]
  const dbHouseholds = await householdsByIdHashes(
    ctx.db,
    heads.map((id) => keyedHash(id)),
  )
  const existingHouseholds = new Map(dbHouseholds.map((h) => [h.idHash, h]))
  const invalidHeads = invalidHeadIds(p, tables, issues)
  const hh = planHouseholds(
    pc,
    { households: p.households, members: p.members, invalidHeadIds: invalidHeads },
    known,
    personByPhone,
    existingHouseholds,
  )

  return {
    report: buildReport(p, tables, issues, {
      units,
      dispatch: dispatch.plan,
      people,
      households: hh.plan,
      members: hh.members,
      secondments,
    }),
    writes: { units, dispatch: dispatch.plan, people, households: hh.plan, secondments },
    contacts: dispatch.contacts,
  }
}

type Tally = { create: number; update: number; unchanged: number }

function buildReport(
  p: Parsed,
  tables: Table[],
  issues: ImportIssue[],
  plans: Record<Exclude<ImportKind, 'members' | 'secondments'>, WritePlan> & {
    members: Tally
    secondments: SecondmentWrites
  },
): ImportReport {
  const order = new Map(tables.map((t, i) => [t.sheet, i]))
  issues.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.row - b.row)
  const badRows = new Map<ImportKind, Set<string>>()
  for (const i of issues) {
    const kind = p.kindOfSheet.get(i.sheet)
    if (kind && i.row > 0) badRows.set(kind, (badRows.get(kind) ?? new Set()).add(`${i.sheet}:${i.row}`))
  }
  const tally = (kind: ImportKind): Tally => {
    if (kind === 'members') return plans.members
    if (kind === 'secondments') {
      const w = plans.secondments
      return { create: w.creates.length, update: w.updates.length, unchanged: w.unchanged }
    }
    const w = plans[kind] ?? emptyPlan()
    return { create: w.creates.length, update: w.updates.length, unchanged: w.unchanged }
  }
  const counts = IMPORT_KINDS.filter((k) => p.rows[k] > 0).map((kind) => ({
    kind,
    label: IMPORT_KIND_LABELS[kind],
    rows: p.rows[kind],
    invalid: badRows.get(kind)?.size ?? 0,
    ...tally(kind),
  }))
  return { counts, issues: issues.slice(0, 500), issueCount: issues.length, clean: issues.length === 0 }
}
