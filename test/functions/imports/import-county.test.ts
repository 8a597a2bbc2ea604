import ExcelJS from 'exceljs'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { ok, uploadImport } from '../org/fixtures'
import { idNumberFor, xlsx } from './files'
import type { ImportReport } from '../../../types/api/imports'
import { IMPORT_LAYOUTS } from '../../../types/domain/import-layout'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

const HEAD_A = idNumberFor(101, 1955)
const HEAD_B = idNumberFor(102, 1970)
const member = (headId: string, relation: string, sex: string, age: string) => ({
  户主身份证号: headId,
  与户主关系: relation,
  性别: sex,
  年龄: age,
  文化程度: '小学',
  在校情况: '非在校生',
  健康状况: '健康',
  劳动能力: '普通劳动力',
  务工状况: '务农',
})

/** A new township with one village and one group, its people, two households and their members. */
function county(): Promise<Buffer> {
  return xlsx([
    {
      name: '组织',
      kind: 'units',
      rows: [
        { 层级: '村民小组', 编码: '41130219920101', 名称: '第1村民小组', 上级编码: '411302199201' },
        {
          层级: '村',
          编码: '411302199201',
          名称: '新建村',
          上级编码: '411302199',
          纬度: '32.95',
          经度: '112.50',
          贫困村: '是',
        },
        { 层级: '乡镇', 编码: '411302199', 名称: '新建镇', 上级编码: '411302' },
      ],
    },
    {
      name: '人员',
      kind: 'people',
      rows: [
        {
          姓名: '李书记',
          手机号: '13912340001',
          所属单位编码: '411302199201',
          角色: '驻村干部',
          岗位: '第一书记',
        },
        {
          姓名: '赵帮扶',
          手机号: '13912340002',
          所属单位编码: '411302199',
          角色: '乡镇领导',
          负责单位编码: '411302199',
        },
        {
          姓名: '赵帮扶',
          手机号: '13912340002',
          所属单位编码: '411302199',
          角色: '帮扶责任人',
          负责单位编码: '411302199201',
        },
      ],
    },
    {
      name: '农户',
      kind: 'households',
      rows: [
        {
          户主姓名: '王大',
          户主身份证号: HEAD_A,
          联系电话: '13700000001',
          村编码: '411302199201',
          村民小组编码: '41130219920101',
          主要致贫原因: '因病',
          农户类型: '监测对象',
          监测对象类型: '脱贫不稳定户',
          帮扶责任人手机号: '13912340002',
        },
        {
          户主姓名: '王二',
          户主身份证号: HEAD_B,
          村编码: '411302199201',
          主要致贫原因: '缺技术',
          农户类型: '脱贫户',
          帮扶责任人手机号: '13912340002',
        },
      ],
    },
    {
      name: '家庭成员',
      kind: 'members',
      rows: [
        member(HEAD_A, '户主', '男', '70'),
        member(HEAD_A, '配偶', '女', '68'),
        member(HEAD_B, '户主', '男', '55'),
      ],
    },
  ])
}

function dataSnapshot() {
  const snap = run.cloud.db.snapshot()
  return { org_units: snap.org_units, people: snap.people, households: snap.households }
}

describe('importing a county from a workbook', () => {
  test('a clean workbook creates units, people with several roles, households and their members', async () => {
    const res = await ok<{ report: ImportReport }>(
      run.call(
        'imports',
        'runImport',
        { fileID: uploadImport(run, 'county.xlsx', await county()) },
        'demo-admin',
      ),
    )
    expect(res.report.clean).toBe(true)
    expect(res.report.counts.map((c) => [c.label, c.create])).toEqual([
      ['组织', 3],
      ['人员', 2],
      ['农户', 2],
      ['家庭成员', 3],
    ])
    const [village] = run.cloud.db.find('org_units', { code: '411302199201' }) as Array<{
      path: string[]
      radiusM: number
      flags: { poor: boolean }
    }>
    expect(village).toMatchObject({
      path: ['u-411302', 'u-411302199', 'u-411302199201'],
      radiusM: 500,
      flags: { poor: true, weak: false },
    })
    const [zhao] = run.cloud.db.find('people', { name: '赵帮扶' }) as Array<{
      _id: string
      roles: unknown[]
      phoneMasked: string
      openid: null
    }>
    expect(zhao.roles).toEqual([
      { role: 'township_leader', unitIds: ['u-411302199'] },
      { role: 'pairing_cadre', unitIds: ['u-411302199201'] },
    ])
    expect(zhao).toMatchObject({ phoneMasked: '139****0002', openid: null })
    const [a] = run.cloud.db.find('households', { headName: '王大' }) as Array<{
      members: Array<{ relation: string }>
      pairingCadreIds: string[]
      groupId: string
      kind: string
      idMasked: string
    }>
    expect(a).toMatchObject({
      pairingCadreIds: [zhao._id],
      groupId: 'u-41130219920101',
      kind: 'monitored',
      monitorType: 'unstable',
      idMasked: `${HEAD_A.slice(0, 4)}**********${HEAD_A.slice(-4)}`,
    })
    expect(a.members.map((m) => m.relation)).toEqual(['head', 'spouse'])
  })

  test('importing the same workbook again changes nothing', async () => {
    const before = dataSnapshot()
    const res = await ok<{ report: ImportReport }>(
      run.call(
        'imports',
        'runImport',
        { fileID: uploadImport(run, 'county.xlsx', await county()) },
        'demo-admin',
      ),
    )
    expect(res.report.counts.map((c) => [c.create, c.update])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ])
    expect(res.report.counts.map((c) => c.unchanged)).toEqual([3, 2, 2, 3])
    expect(dataSnapshot()).toEqual(before)
  })

  test('a changed cell updates only that record, found by its natural key', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('农户')
    ws.addRow(IMPORT_LAYOUTS.households.columns.map((c) => c.header))
    ws.addRow(['王二', HEAD_B, '', '411302199201', '', '监测对象', '脱贫不稳定户', '缺技术', '13912340002'])
    const file = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer)
    const res = await ok<{ report: ImportReport }>(
      run.call('imports', 'runImport', { fileID: uploadImport(run, 'one.xlsx', file) }, 'demo-admin'),
    )
    expect(res.report.counts).toEqual([expect.objectContaining({ create: 0, update: 1 })])
    const [b] = run.cloud.db.find('households', { headName: '王二' }) as Array<{
      kind: string
      monitorType: string
      members: unknown[]
    }>
    expect(b).toMatchObject({ kind: 'monitored', monitorType: 'unstable' })
    expect(b.members).toHaveLength(1) // a file without member rows keeps the members
  })

  test('the import is written to the audit log once, naming the file', async () => {
    const entries = run.cloud.db.find('audit_log', { action: 'runImport' }) as Array<{ summary: string }>
    expect(entries.length).toBe(3)
    expect(entries[0].summary).toMatch(/county\.xlsx：组织新增 3/)
  })

  test('the template has one sheet per layout with its headers, and a 说明 sheet', async () => {
    const { fileID, tempUrl } = await ok<{ fileID: string; tempUrl: string }>(
      run.call('imports', 'getImportTemplate', {}, 'demo-admin'),
    )
    expect(tempUrl).toContain(encodeURIComponent(fileID))
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(run.cloud.store.download(fileID).bytes as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '说明',
      '组织',
      '派出单位',
      '人员',
      '农户',
      '家庭成员',
      '挂职',
    ])
    const headers = (wb.getWorksheet('农户')!.getRow(1).values as unknown[]).slice(1)
    expect(headers).toEqual(IMPORT_LAYOUTS.households.columns.map((c) => c.header))
  })

  test('the empty template itself imports cleanly as nothing', async () => {
    const { fileID } = await ok<{ fileID: string }>(
      run.call('imports', 'getImportTemplate', {}, 'demo-admin'),
    )
    const copy = uploadImport(run, 'template.xlsx', run.cloud.store.download(fileID).bytes)
    expect(await ok(run.call('imports', 'validateImport', { fileID: copy }, 'demo-admin'))).toEqual({
      counts: [],
      issues: [],
      issueCount: 0,
      clean: true,
    })
  })
})
