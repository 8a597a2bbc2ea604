import { storedWorkbook } from '../../helpers/stored-workbook'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { VisitForm } from '../../../types/domain/visit-form'
import { ok } from '../org/fixtures'
import { form, FIRST_VILLAGE, H1, NOW, visitInput } from './helpers'

let run: RunningCloud
const call = (action: string, input: unknown, openid: string) =>
  run.cloud.call('visit', action, input, openid)

beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

// 410123198001011231 carries the right check character.
const PROBLEMS = '户主电话 138 1234 5678，身份证 ４１０１２３１９８００１０１１２３１，子女电话 139-1234-6621'
const HELP_TEXT = '联系 +86 137.1234.5678 协调'
const visible = (s: string) => s.replace(/[^\d]/g, '')

describe('visits leaving their village hide numbers however they are written', () => {
  let visitId = ''
  beforeAll(async () => {
    const input = visitInput(H1, {
      form: form((f) => {
        f.problems = PROBLEMS
        f.help.text = HELP_TEXT
      }),
    })
    visitId = (await ok<{ visitId: string }>(call('submitVisit', input, 'demo-pairing'))).visitId
  })

  test('a shared example shows none of the separated or full-width numbers', async () => {
    await ok(call('shareVisit', { visitId, shared: true }, 'demo-secretary'))
    const page = await ok<{ items: Array<{ id: string; form: VisitForm }> }>(
      call('listSharedVisits', {}, 'demo-secretary-b'),
    )
    const mine = page.items.find((i) => i.id === visitId)
    expect(mine?.form.problems).toMatch(/^户主电话 \*+，身份证 \*+，子女电话 \*+$/)
    expect(mine?.form.help.text).toMatch(/^联系 \+86 \*+ 协调$/)
  })

  test('the visit export masks the numbers in free text', async () => {
    const out = await ok<{ fileID: string }>(
      call('exportVisits', { unitId: FIRST_VILLAGE, period: '2026-11' }, 'demo-secretary'),
    )
    const wb = await storedWorkbook(run, out.fileID)
    const rows = (wb.getWorksheet('走访记录')?.getSheetValues() ?? []) as unknown[][]
    const row = rows.find((r) => Array.isArray(r) && r.some((c) => String(c).startsWith('户主电话')))
    const cells = (row ?? []).map(String)
    expect(cells).toContain('户主电话 138****5678，身份证 4101**********1231，子女电话 139****6621')
    expect(cells).toContain('联系 +86 137****5678 协调')
    expect(visible(cells.join('|'))).not.toMatch(/12345678|1231234|80010112/)
  })
})
