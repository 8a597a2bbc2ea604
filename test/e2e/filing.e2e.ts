import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { closeJourney, openJourney } from '../helpers/journey'
import type { RunningCloud } from '../helpers/local-cloud'
import type { PhoneBrowser } from '../helpers/browser'
import { listActions } from '../../types/api'
import { IMPORT_KINDS, IMPORT_LAYOUTS } from '../../types/domain/import-layout'
import { collectedFields } from '../../types/compliance/collected-fields'
import { PERSONAL_INFO } from '../../types/compliance/personal-info'
import { textOf } from '../helpers/text-of'

/**
 * 备案材料 in the browser: a county admin opens 我的 → 备案材料, downloads the workbook and finds in it
 * every field the product collects, each function, and the 投诉建议 channel.
 */
const SHOTS = join(resolve(__dirname, '..', '..'), 'test-results')
const NOW = '2026-12-06T02:00:00.000Z'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: NOW }))
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

function cells(ws: ExcelJS.Worksheet | undefined, col: number): string[] {
  if (!ws) throw new Error('sheet missing')
  return ws
    .getColumn(col)
    .values.slice(3)
    .map((v) => String(v ?? ''))
}

test('a county admin downloads the filing pack and finds every collected field, every function and the 投诉建议 channel', async () => {
  await page.goto(`${cloud.url}/`)
  await page.evaluate(() => window.localStorage.setItem('zhucun.devOpenid', 'demo-admin'))
  await page.goto(`${cloud.url}/#/pages/me/index`)
  await page.reload()
  await page.locator('.menu-filing').click()
  await page.locator('.filing-personal').first().waitFor({ timeout: 30_000 })
  await expect(page.locator('.filing-personal').count()).resolves.toBe(PERSONAL_INFO.length)

  // The app saves the pack under the name the server gave it (the browser's download).
  const download = page.waitForEvent('download', { timeout: 30_000 })
  await page.locator('.filing-export').click()
  const file = await download
  expect(file.suggestedFilename()).toBe('备案材料-宛城区-2026-12-06.xlsx')
  await textOf(page.locator('.filing-message')).toContain('备案材料-宛城区-2026-12-06.xlsx')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(String(await file.path()))

  const listed = new Set(
    [...cells(wb.getWorksheet('个人信息'), 10), ...cells(wb.getWorksheet('非个人信息字段'), 3)].flatMap((c) =>
      c.split('、'),
    ),
  )
  const fields = collectedFields(
    listActions(),
    IMPORT_KINDS.map((k) => IMPORT_LAYOUTS[k]),
  ).map((f) => f.path)
  expect(fields.filter((f) => !listed.has(f))).toEqual([])
  expect(cells(wb.getWorksheet('功能清单'), 4)).toHaveLength(listActions().length)
  expect(cells(wb.getWorksheet('投诉建议'), 1)).toEqual(['名称', '入口', '受理人', '答复时限', '其他渠道'])

  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, 'filing.png'), fullPage: true })
}, 120_000)
