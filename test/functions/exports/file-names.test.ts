import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { ok } from '../org/fixtures'
import { downloadName } from '../../../types/domain/file-name'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: '2026-12-03T02:00:00.000Z' })
})
afterAll(() => run.stop())

type File = { fileID: string; url: string; fileName: string }

describe('downloads carry names people can file', () => {
  test('names are <what>-<place>-<period> and drop characters a phone would refuse', () => {
    expect(downloadName('整改台账', '宛城区', '2026-12')).toBe('整改台账-宛城区-2026-12.xlsx')
    expect(downloadName('走访记录', '曹徐屯村/（一组）', '2026-Q4')).toBe(
      '走访记录-曹徐屯村一组-2026-Q4.xlsx',
    )
  })

  test.each([
    ['rectify', 'exportLedger', {}, 'demo-admin', '整改台账-宛城区-2026-12.xlsx'],
    [
      'rectify',
      'exportLedger',
      { villageId: 'u-411302100200' },
      'demo-supervisor',
      '整改台账-曹徐屯村-2026-12.xlsx',
    ],
    [
      'report',
      'exportBundle',
      { unitId: 'u-411302100', month: '2026-11' },
      'demo-admin',
      '月度材料-瓦店镇-2026-11.xlsx',
    ],
    [
      'presence',
      'exportMonth',
      { month: '2026-11', townshipId: 'u-411302100' },
      'demo-township',
      '驻村工作记实-瓦店镇-2026-11.xlsx',
    ],
    ['presence', 'exportMonth', { month: '2026-11' }, 'demo-admin', '驻村工作记实-宛城区-2026-11.xlsx'],
    ['imports', 'getImportTemplate', {}, 'demo-admin', '导入模板-驻村工作台.xlsx'],
  ] as const)('%s.%s names its file %#', async (fn, action, input, who, name) => {
    const res = await ok<File & { tempUrl?: string }>(run.callRaw(fn, action, input, who))
    expect(res.fileName).toBe(name)
    // The stored file ends in the same name, so a link opened anywhere saves under it.
    expect(decodeURIComponent(res.fileID)).toMatch(new RegExp(`/${name.replace(/[.-]/g, '\\$&')}$`))
  })

  test("a village's visit export is named after the village and the visit period", async () => {
    const res = await ok<File>(
      run.call('visit', 'exportVisits', { unitId: 'u-411302100200' }, 'demo-secretary'),
    )
    expect(res.fileName).toMatch(/^走访记录-曹徐屯村-\d{4}-[\w]+\.xlsx$/)
  })
})
