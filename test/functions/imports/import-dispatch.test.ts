import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { storedWorkbook } from '../../helpers/stored-workbook'
import { fail, ok, uploadImport } from '../org/fixtures'
import { xlsx } from './files'
import type { ImportReport } from '../../../types/api/imports'
import { IMPORT_LAYOUTS } from '../../../types/domain/import-layout'
import { decrypt } from '../../../cloudfunctions/src/shared/sensitive'
import { DEV_DATA_KEY } from '../../../emulator/seed/dev-key'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

const VILLAGE = '411302100200'
const unitRow = (name: string, contactName: string, phone: string, kind = '省直单位') => ({
  派出单位名称: name,
  单位类别: kind,
  联系人姓名: contactName,
  联系人手机号: phone,
})
const cadre = (name: string, phone: string, dispatchUnit: string) => ({
  姓名: name,
  手机号: phone,
  所属单位编码: VILLAGE,
  角色: '驻村干部',
  岗位: '工作队员',
  派出单位: dispatchUnit,
})

const unitNamed = (name: string) => run.cloud.db.find('dispatch_units', { name })
const personNamed = (name: string) => run.cloud.db.find('people', { name })
const dispatchOf = (name: string) => run.cloud.db.find('people', { name })[0]?.dispatchUnitId

async function runImport(file: Buffer): Promise<ImportReport> {
  const res = await ok<{ report: ImportReport }>(
    run.call('imports', 'runImport', { fileID: uploadImport(run, 'dispatch.xlsx', file) }, 'demo-admin'),
  )
  return res.report
}

describe('importing 派出单位 from the workbook', () => {
  test('a 派出单位 sheet registers the unit with an encrypted contact phone, and the 人员 sheet of the same file names it', async () => {
    const report = await runImport(
      await xlsx([
        { name: '派出单位', kind: 'dispatch', rows: [unitRow('河南省农业农村厅', '赵敏', '13700001234')] },
        { name: '人员', kind: 'people', rows: [cadre('钱队员', '13700005678', '河南省农业农村厅')] },
      ]),
    )
    expect(report.clean).toBe(true)
    expect(report.counts.map((c) => [c.label, c.create])).toEqual([
      ['派出单位', 1],
      ['人员', 1],
    ])
    const [unit] = unitNamed('河南省农业农村厅')
    expect(unit).toMatchObject({
      ownerUnitId: 'u-411302',
      kind: 'provincial',
      contactName: '赵敏',
      contactPhoneMasked: '137****1234',
      status: 'active',
    })
    expect(String(unit.contactPhoneEnc)).not.toContain('13700001234')
    expect(decrypt(String(unit.contactPhoneEnc), DEV_DATA_KEY)).toBe('13700001234')
    expect(dispatchOf('钱队员')).toBe(unit._id)
    const [contact] = personNamed('赵敏')
    expect(contact.roles).toEqual([{ role: 'dispatch_contact', unitIds: [unit._id] }])
  })

  test('the same file again changes nothing', async () => {
    const report = await runImport(
      await xlsx([
        { name: '派出单位', kind: 'dispatch', rows: [unitRow('河南省农业农村厅', '赵敏', '13700001234')] },
        { name: '人员', kind: 'people', rows: [cadre('钱队员', '13700005678', '河南省农业农村厅')] },
      ]),
    )
    expect(report.counts.map((c) => [c.label, c.create, c.update, c.unchanged])).toEqual([
      ['派出单位', 0, 0, 1],
      ['人员', 0, 0, 1],
    ])
    expect(unitNamed('河南省农业农村厅')).toHaveLength(1)
  })

  test('a registered unit found by name takes the new kind and contact; the former contact loses the role', async () => {
    const report = await runImport(
      await xlsx([
        {
          name: '派出单位',
          kind: 'dispatch',
          rows: [unitRow('南阳市交通运输局', '孙新', '13700009999', '市直单位')],
        },
      ]),
    )
    expect(report.counts).toEqual([expect.objectContaining({ label: '派出单位', create: 0, update: 1 })])
    const [unit] = unitNamed('南阳市交通运输局')
    expect(unit).toMatchObject({ _id: 'du-demo-transport', contactName: '孙新', contactPersonId: null })
    expect(decrypt(String(unit.contactPhoneEnc), DEV_DATA_KEY)).toBe('13700009999')
    expect(personNamed('孙新')[0].roles).toEqual([
      { role: 'dispatch_contact', unitIds: ['du-demo-transport'] },
    ])
    const [former] = personNamed('派出单位联系人')
    expect(former).toMatchObject({ status: 'revoked', roles: [] })
  })

  test('an unknown 派出单位 on the 人员 sheet is refused in Chinese with its row, and nothing is written', async () => {
    const before = run.cloud.db.snapshot()
    const file = await xlsx([
      {
        name: '人员',
        kind: 'people',
        rows: [
          cadre('李队员', '13700004321', '南阳市交通运输局'),
          cadre('周队员', '13700004322', '某某未登记局'),
        ],
      },
    ])
    const fileID = uploadImport(run, 'people.xlsx', file)
    const report = await ok<ImportReport>(run.call('imports', 'validateImport', { fileID }, 'demo-admin'))
    expect(report.issues).toEqual([
      {
        sheet: '人员',
        row: 3,
        column: '派出单位',
        reason: '派出单位「某某未登记局」未登记或已归档，请先在“派出单位”中登记',
      },
    ])
    expect(await fail(run.call('imports', 'runImport', { fileID }, 'demo-admin'))).toMatchObject({
      code: 'failed-precondition',
    })
    const after = run.cloud.db.snapshot()
    expect([after.people, after.dispatch_units]).toEqual([before.people, before.dispatch_units])
  })

  test('bad rows of the 派出单位 sheet are refused with the row and column', async () => {
    const fileID = uploadImport(
      run,
      'bad.xlsx',
      await xlsx([
        {
          name: '派出单位',
          kind: 'dispatch',
          rows: [
            unitRow('甲单位', '钱甲', '12345', '省直单位'),
            unitRow('乙单位', '钱乙', '13700001111', '部委'),
            unitRow('丙单位', '钱丙', '13700002222'),
            unitRow('丙单位', '钱丁', '13700003333'),
          ],
        },
      ]),
    )
    const report = await ok<ImportReport>(run.call('imports', 'validateImport', { fileID }, 'demo-admin'))
    expect(report.issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [2, '联系人手机号', '「12345」不是有效的 11 位手机号'],
      [3, '单位类别', '「部委」不在可选值中：省直单位、市直单位、县直单位、国有企业、高校、其他'],
      [5, '派出单位名称', '同一派出单位已在第 4 行填写'],
    ])
  })

  test('the downloadable template has the 派出单位 sheet with its headers and a 单位类别 drop-down', async () => {
    const { fileID } = await ok<{ fileID: string }>(
      run.call('imports', 'getImportTemplate', {}, 'demo-admin'),
    )
    const wb = await storedWorkbook(run, fileID)
    const ws = wb.getWorksheet('派出单位')
    expect((ws?.getRow(1).values as unknown[]).slice(1)).toEqual(
      IMPORT_LAYOUTS.dispatch.columns.map((c) => c.header),
    )
    expect(ws?.getCell('B2').dataValidation).toMatchObject({ type: 'list' })
    const help = wb.getWorksheet('说明')
    const rows = (help?.getSheetValues() ?? []).map((r) => (Array.isArray(r) ? r[1] : undefined))
    expect(rows.filter((s) => s === '派出单位')).toHaveLength(4)
  })
})
