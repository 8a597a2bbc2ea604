import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { decrypt } from '../../cloudfunctions/src/shared/sensitive'
import { DEV_DATA_KEY } from '../../emulator/seed/dev-key'
import { idCheckChar } from '../../types/domain/id-number'

/**
 * 部门筛查预警 in the browser: the county admin downloads the template, fills in the 民政 list of three
 * rows and uploads it; two households land as 待评议 in their own villages (two townships), the row no
 * household matches is listed masked, and the village cadre finds its candidate in its case list.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const NOW = '2026-12-07T02:00:00.000Z'
const FIRST_VILLAGE = 'u-411302100200'
const OTHER_TOWNSHIP_VILLAGE = 'u-411302101200'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

const actAs = (openid: string, hash: string) => openAs(page, cloud.url, openid, hash)

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: NOW }))
  page.setDefaultTimeout(90_000)
  page.setDefaultNavigationTimeout(90_000)
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

/** A 脱贫户 of the village with no monitoring case yet, and its head's ID number. */
function lifted(villageId: string): { id: string; idNumber: string } {
  const withCase = new Set(cloud.cloud.db.find('monitor_cases', {}).map((c) => String(c.householdId)))
  const h = cloud.cloud.db
    .find('households', { villageId, kind: 'lifted' })
    .find((x) => !withCase.has(String(x._id)))
  if (!h) throw new Error(`no 脱贫户 without a case in ${villageId}`)
  return { id: String(h._id), idNumber: decrypt(String(h.idEnc), DEV_DATA_KEY) }
}

test('a department’s warning list xlsx is imported and lands as candidates in the right villages', async () => {
  await actAs('demo-admin', '/packages/monitor/pages/import/index')
  await page.locator('.import-dept-civil_affairs').click()

  // The template comes down with the columns the import reads.
  const download = page.waitForEvent('download', { timeout: 60_000 })
  await page.locator('.import-template').click()
  const template = await download
  expect(template.suggestedFilename()).toBe('部门预警名单模板.xlsx')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(String(await template.path()))
  const sheet = wb.getWorksheet('预警名单')
  if (!sheet) throw new Error('template without its 预警名单 sheet')
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['身份证号', '姓名', '风险类型', '说明'])

  // The department fills it in: one household in each of two townships and one nobody has.
  const a = lifted(FIRST_VILLAGE)
  const b = lifted(OTHER_TOWNSHIP_VILLAGE)
  const strangerBody = '41130219750505077'
  const stranger = strangerBody + idCheckChar(strangerBody)
  sheet.addRow([a.idNumber, '', '因病', '慢性病长期用药'])
  sheet.addRow([b.idNumber, '', '缺劳动力', ''])
  sheet.addRow([stranger, '', '其他', ''])
  mkdirSync(RESULTS, { recursive: true })
  const path = join(RESULTS, '民政局低保边缘预警名单.xlsx')
  writeFileSync(path, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer))

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.import-pick').click(),
  ])
  await chooser.setFiles(path)
  await page
    .locator('.import-message', { hasText: '已导入：新增待评议 2 户；1 行未在本辖区农户中找到' })
    .waitFor({ timeout: 60_000 })
  await expect(page.locator('.import-file').innerText()).resolves.toContain('民政局低保边缘预警名单.xlsx')
  await expect(page.locator('.import-unmatched').innerText()).resolves.toContain(
    `第 4 行 ${stranger.slice(0, 4)}**********${stranger.slice(-4)}`,
  )
  await page.screenshot({ path: join(RESULTS, 'monitor-warnings.png'), fullPage: true })

  expect(cloud.cloud.db.find('monitor_cases', { householdId: a.id })).toEqual([
    expect.objectContaining({ villageId: FIRST_VILLAGE, source: 'department', step: 'candidate' }),
  ])
  expect(cloud.cloud.db.find('monitor_cases', { householdId: b.id })).toEqual([
    expect.objectContaining({ villageId: OTHER_TOWNSHIP_VILLAGE, risks: ['labour_shortage'] }),
  ])

  // The village cadre finds its candidate in the case list.
  await actAs('demo-village', '/packages/monitor/pages/cases/index')
  await page.locator('.monitor-case', { hasText: '部门筛查预警' }).first().waitFor({ timeout: 60_000 })
}, 600_000)
