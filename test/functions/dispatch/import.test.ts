import type { ImportReport } from '../../../types/api/imports'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { csv, rowsOf } from '../imports/files'
import { uploadImport } from '../org/fixtures'
import { contactPerson, fail, NOW, ok, registerUnit } from './helpers'

let run: RunningCloud
let unit: string

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
  unit = (await registerUnit(run, { name: '省农业农村厅', contactPhone: '13600006666' })).id
})
afterEach(() => run.stop())

const cadre = (name: string, phone: string, extra: Record<string, string> = {}) => ({
  姓名: name,
  手机号: phone,
  所属单位编码: '411302100200',
  角色: '驻村干部',
  岗位: '工作队员',
  ...extra,
})
const upload = (rows: Array<Record<string, string>>) =>
  uploadImport(run, '人员.csv', csv(rowsOf('people', rows)))
const runImport = (fileID: string) =>
  ok<{ report: ImportReport; imported: boolean }>(run.call('imports', 'runImport', { fileID }, 'demo-admin'))

describe('the people import’s 派出单位 column', () => {
  test('a resident cadre’s 派出单位 is set by its registered name', async () => {
    const res = await runImport(upload([cadre('派出甲', '13600001111', { 派出单位: '省农业农村厅' })]))
    expect(res.imported).toBe(true)
    const [person] = run.cloud.db.find('people', { name: '派出甲' })
    expect(person).toMatchObject({ dispatchUnitId: unit })
  })

  test('an unknown 派出单位, or one named for a village cadre, is a row issue and nothing is written', async () => {
    const fileID = upload([
      cadre('派出乙', '13600002222', { 派出单位: '不存在的单位' }),
      { ...cadre('派出丙', '13600003333', { 派出单位: '省农业农村厅' }), 角色: '村干部', 岗位: '村委会主任' },
    ])
    const before = run.cloud.db.snapshot()
    const report = await ok<ImportReport>(run.call('imports', 'validateImport', { fileID }, 'demo-admin'))
    expect(await fail(run.call('imports', 'runImport', { fileID }, 'demo-admin'))).toMatchObject({
      code: 'failed-precondition',
    })
    expect(report.issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [2, '派出单位', '派出单位「不存在的单位」未登记或已归档，请先在“派出单位”中登记'],
      [3, '派出单位', '只有驻村干部填写派出单位，「村干部」请留空'],
    ])
    expect(run.cloud.db.snapshot()).toEqual(before)
  })

  test('re-importing the contact as a cadre keeps their 派出单位 contact grant', async () => {
    expect((await runImport(upload([cadre('联络员', '13600006666')]))).imported).toBe(true)
    expect(
      contactPerson(run, unit)
        ?.roles.map((g) => g.role)
        .sort(),
    ).toEqual(['dispatch_contact', 'resident_cadre'])
  })
})
