import type ExcelJS from 'exceljs'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { storedWorkbook } from '../../helpers/stored-workbook'
import { listActions } from '../../../types/api'
import { PERSONAL_INFO } from '../../../types/compliance/personal-info'
import { FEEDBACK_CHANNEL } from '../../../types/compliance/app-facts'
import { ok } from '../org/fixtures'

const NOW = '2026-12-06T02:00:00.000Z'
type Pack = {
  fileID: string
  url: string
  fileName: string
  counts: { functions: number; personalInfo: number; fields: number; settings: number }
}

function column(ws: ExcelJS.Worksheet, n: number): string[] {
  return ws
    .getColumn(n)
    .values.slice(3)
    .map((v) => String(v ?? ''))
}

describe('report.exportFilingPack', () => {
  let run: RunningCloud
  beforeAll(async () => {
    run = await startLocalCloud({ http: false, now: NOW })
  })
  afterAll(async () => {
    await run.stop()
  })

  test('writes 备案材料-<县>-<date>.xlsx with every function, personal field, setting and the 投诉建议 channel', async () => {
    const pack = await ok<Pack>(run.call('report', 'exportFilingPack', {}, 'demo-admin'))
    expect(pack.fileName).toBe('备案材料-宛城区-2026-12-06.xlsx')
    expect(pack.fileID.endsWith(pack.fileName)).toBe(true)
    const wb = await storedWorkbook(run, pack.fileID)
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '基本信息',
      '功能清单',
      '个人信息',
      '非个人信息字段',
      '设置',
      '第三方',
      '投诉建议',
      '合规对照',
    ])
    const functions = wb.getWorksheet('功能清单')
    if (!functions) throw new Error('no 功能清单')
    expect(column(functions, 4).sort()).toEqual(
      listActions()
        .map((a) => `${a.fn}.${a.action}`)
        .sort(),
    )
    expect(column(functions, 3)).toContain('组织部管理员')
    const personal = wb.getWorksheet('个人信息')
    if (!personal) throw new Error('no 个人信息')
    expect(column(personal, 1)).toEqual(PERSONAL_INFO.map((d) => d.label))
    expect(column(personal, 10).join('、')).toContain('photos.location.lat')
    const channel = wb.getWorksheet('投诉建议')
    expect(channel?.getCell(3, 2).value).toBe(FEEDBACK_CHANNEL.name)
    expect(pack.counts).toEqual({
      functions: listActions().length,
      personalInfo: PERSONAL_INFO.length,
      fields: expect.any(Number),
      settings: 6,
    })
  })

  test('lists the presence settings in force with the reason the county wrote', async () => {
    await ok(
      run.call(
        'presence',
        'setPolicy',
        { requiredDays: 22, checkInsPerDay: 1, photoRequired: false, reason: '县委要求汛期在岗' },
        'demo-admin',
      ),
    )
    const pack = await ok<Pack>(run.call('report', 'exportFilingPack', {}, 'demo-admin'))
    const ws = (await storedWorkbook(run, pack.fileID)).getWorksheet('设置')
    if (!ws) throw new Error('no 设置')
    expect(ws.getRow(3).values).toEqual(
      expect.arrayContaining([
        '每月在村天数要求',
        '22 天',
        '20 天',
        '县委要求汛期在岗',
        '2026-12-06',
        '组织部管理员',
      ]),
    )
    expect(ws.getRow(5).values).toEqual(expect.arrayContaining(['签到须附现场照片', '否', '否']))
  })

  test('lists the reminder and retention settings, with the reason where the county switched reminders on', async () => {
    const on = {
      section: 'reminders',
      values: { presenceDaily: true },
      reason: '汛期值守，县委要求每日提醒',
    } as const
    await ok(run.call('org', 'updateSettings', on, 'demo-admin'))
    const pack = await ok<Pack>(run.call('report', 'exportFilingPack', {}, 'demo-admin'))
    const ws = (await storedWorkbook(run, pack.fileID)).getWorksheet('设置')
    if (!ws) throw new Error('no 设置')
    expect(ws.getRow(6).values).toEqual(
      expect.arrayContaining(['每日在村记录提醒', '开启', '关闭', '汛期值守，县委要求每日提醒']),
    )
    expect(ws.getRow(7).values).toEqual(
      expect.arrayContaining(['签到原始坐标与设备标识保留', '90 天', '90 天']),
    )
  })

  test('is refused to a supervisor, and audited for the admin', async () => {
    const res = await run.call('report', 'exportFilingPack', {}, 'demo-supervisor')
    expect(res).toEqual({ ok: false, error: { code: 'permission-denied', message: expect.any(String) } })
    const audit = run.cloud.db.snapshot().audit_log ?? []
    expect(JSON.stringify(audit)).toContain('导出备案材料 宛城区')
  })
})
