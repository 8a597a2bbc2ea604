import ExcelJS from 'exceljs'
import { listActions } from '../../../types/api'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { storedWorkbook } from '../../helpers/stored-workbook'
import { AUTHZ_ROWS } from '../authz'
import type { Identity } from '../authz/types'
import { bindContact, fail, NOW, ok, registerUnit, sentCadre, storeLeave } from './helpers'

let run: RunningCloud
let a: string
let b: string
let contactA: string
let cadreA: { id: string; name: string }
let cadreB: { id: string; name: string }

beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
  a = (await registerUnit(run, { name: '省甲厅' })).id
  b = (await registerUnit(run, { name: '省乙厅' })).id
  cadreA = await sentCadre(run, a, '甲干部')
  cadreB = await sentCadre(run, b, '乙干部')
  contactA = await bindContact(run, a)
})
afterAll(() => run.stop())

type Sheet = { rows: Array<{ personId: string; name: string }> }

describe('a 派出单位 contact sees their own cadres only', () => {
  test('the 考核 sheet of their unit lists its cadres and no one else', async () => {
    const sheet = await ok<Sheet>(
      run.call('org', 'getAssessmentSheet', { dispatchUnitId: a, year: 2026 }, contactA),
    )
    expect(sheet.rows.map((r) => r.name)).toEqual(['甲干部'])
  })

  test('the register shows them their own unit only', async () => {
    const { items } = await ok<{ items: Array<{ id: string }> }>(
      run.call('org', 'listDispatchUnits', { includeArchived: true }, contactA),
    )
    expect(items.map((u) => u.id)).toEqual([a])
  })

  test('their cadres’ leave is listed; another unit’s cadre’s leave is not', async () => {
    storeLeave(run, cadreA.id, { type: 'official', startDay: '2026-10-08', endDay: '2026-10-09' })
    storeLeave(run, cadreB.id, { type: 'personal', startDay: '2026-10-12', endDay: '2026-10-12' })
    const res = await ok<{ unitName: string; items: Array<{ id: string; typeLabel: string; days: number }> }>(
      run.call('org', 'listDispatchLeaves', { dispatchUnitId: a, year: 2026 }, contactA),
    )
    expect(res.unitName).toBe('省甲厅')
    expect(res.items).toEqual([
      expect.objectContaining({ id: `lv-${cadreA.id}-2026-10-08`, typeLabel: '公差/因公外出', days: 2 }),
    ])
  })

  test('the monthly 记实 they export holds their cadres only, with the 派出单位 column', async () => {
    const res = await ok<{ fileID: string; fileName: string; rows: number }>(
      run.call('presence', 'exportMonth', { month: '2026-11', dispatchUnitId: a }, contactA),
    )
    expect(res.rows).toBe(1)
    expect(res.fileName).toBe('驻村工作记实-省甲厅-宛城区-2026-11.xlsx')
    const ws = (await storedWorkbook(run, res.fileID)).getWorksheet('驻村工作记实') as ExcelJS.Worksheet
    const headers = ws.getRow(2).values as unknown[]
    const row = ws.getRow(3).values as unknown[]
    expect(row[headers.indexOf('姓名')]).toBe('甲干部')
    expect(row[headers.indexOf('派出单位')]).toBe('省甲厅')
    expect(ws.rowCount).toBe(3)
  })

  test.each([
    ['org', 'getAssessmentSheet'],
    ['org', 'exportAssessments'],
    ['org', 'listDispatchLeaves'],
  ] as const)('%s.%s of another 派出单位 is refused', async (fn, action) => {
    const err = await fail(run.call(fn, action, { dispatchUnitId: b, year: 2026 }, contactA))
    expect(err).toEqual({ code: 'permission-denied', message: '该派出单位不在您的管辖范围内' })
  })

  test('the monthly 记实 of another 派出单位, or of the whole county, is refused', async () => {
    expect(
      await fail(run.call('presence', 'exportMonth', { month: '2026-11', dispatchUnitId: b }, contactA)),
    ).toMatchObject({ code: 'permission-denied' })
    expect(await fail(run.call('presence', 'exportMonth', { month: '2026-11' }, contactA))).toMatchObject({
      code: 'permission-denied',
      message: '请选择本单位后导出',
    })
  })

  test('a contact decides nothing and changes nothing in the register', async () => {
    const before = run.cloud.db.snapshot()
    for (const [action, input] of [
      [
        'decideAssessment',
        { personId: cadreA.id, year: 2026, grade: 'excellent', reason: '工作扎实，群众认可' },
      ],
      ['archiveDispatchUnit', { dispatchUnitId: a }],
      ['assignDispatchUnit', { personId: cadreB.id, dispatchUnitId: a }],
    ] as const)
      expect(await fail(run.callRaw('org', action, input, contactA))).toMatchObject({
        code: 'permission-denied',
      })
    expect(run.cloud.db.snapshot()).toEqual(before)
  })
})

/**
 * What any signed-in person may do for themselves: their workbench, binding, inbox, feedback, uploads,
 * the number their 明白卡 shows, and the 调度 tasks of their own units (none, for a contact).
 */
const OWN = new Set([
  'org.getWorkbench',
  'org.getMyBinding',
  'org.listDispatchUnits',
  'presence.listLeaves',
  'notice.listInbox',
  'notice.getUnreadCount',
  'notice.markRead',
  'notice.reportSubscription',
  'feedback.listMyFeedback',
  'files.registerUpload',
  'org.setCardPhone',
  'task.listTasks',
])
const BUILDERS: readonly Identity[] = [
  'demo-admin',
  'demo-pairing',
  'demo-member',
  'demo-secretary',
  'demo-township',
]

describe('nothing else of the county reaches a 派出单位 contact', () => {
  const actions = listActions().filter(
    ({ fn, action, def }) => def.access !== 'public' && !OWN.has(`${fn}.${action}`),
  )

  test.each(actions.map(({ fn, action }) => [`${fn}.${action}`, fn, action] as const))(
    '%s with an input about 瓦店镇’s first village is refused',
    async (_name, fn, action) => {
      const row = AUTHZ_ROWS[fn]?.[action]
      expect(row).toBeDefined()
      let input: unknown
      for (const who of BUILDERS) {
        input = await Promise.resolve(row?.input(run, who)).catch(() => undefined)
        if (input !== undefined) break
      }
      // Rows that need a caller's own upload or visit cannot be built for others; an id then stands in.
      const res = (await run.callRaw(fn, action, input ?? { visitId: 'v-none' }, contactA)) as { ok: boolean }
      expect(res.ok).toBe(false)
    },
  )

  test('their own leave list is empty: they are nobody’s approver', async () => {
    for (const box of ['mine', 'approve'] as const) {
      const res = await ok<{ items: unknown[] }>(run.call('presence', 'listLeaves', { box }, contactA))
      expect(res.items).toEqual([])
    }
  })
})
