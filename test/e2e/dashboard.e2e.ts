import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'

/**
 * A county admin opens 统计看板 from the home tab, drills from a township (bar) to a village (grid
 * cell) to a cadre's month, and downloads the monthly bundle. Elements are found by class names.
 */
const ROOT = resolve(__dirname, '..', '..')
const SHOTS = join(ROOT, 'docs', 'screenshots')
const NOW = '2026-11-20T01:00:00.000Z'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: NOW }))
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test("a county admin drills from the county to a township, a village and a cadre's month, then downloads the monthly bundle", async () => {
  await page.goto(`${cloud.url}/`)
  await page.evaluate(() => window.localStorage.setItem('zhucun.devOpenid', 'demo-admin'))
  await page.goto(`${cloud.url}/#/pages/home/index`)
  await page.reload()
  await page.locator('.report-entry').click()

  await page.locator('.report-bar').first().waitFor({ timeout: 30_000 })
  await textOf(page.locator('.report-title').last()).toContain('宛城区')
  await expect(page.locator('.report-bar').count()).resolves.toBe(3)
  await expect(page.locator('.report-trend .zc-rp__trend-col').count()).resolves.toBe(12)
  await page.waitForTimeout(500)
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, 'dashboard.png'), fullPage: true })

  // The bundle: the app saves it under the name the server gave it (the browser's download).
  const download = page.waitForEvent('download', { timeout: 30_000 })
  await page.locator('.report-export').last().click()
  const file = await download
  expect(file.suggestedFilename()).toBe('月度材料-宛城区-2026-11.xlsx')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(String(await file.path()))
  expect(wb.worksheets.map((w) => w.name)).toEqual(['驻村工作记实', '走访覆盖', '整改台账'])

  // Township bar → its villages as a grid; the first village cell → the village; its cadres → a month.
  await page.locator('.report-bar').first().click()
  await page.locator('.report-cell').first().waitFor({ timeout: 30_000 })
  await textOf(page.locator('.report-title').last()).toContain('瓦店镇')
  await page.locator('.report-cell').first().click()
  await page.locator('.report-cadres').last().waitFor({ timeout: 30_000 })
  await page.locator('.report-cadres').last().click()
  await page.locator('.report-cadre').first().waitFor({ timeout: 30_000 })
  const names = await page.locator('.report-cadre .zc-rp__row-name').allTextContents()
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')))
  const withDays = page.locator('.report-cadre', { hasText: '第一书记' }).first()
  const name = ((await withDays.locator('.zc-rp__row-name').textContent()) ?? '').replace(/（.*$/, '')
  await withDays.click()
  await page.locator('.presence-meter').last().waitFor({ timeout: 30_000 })
  await textOf(page.locator('.presence-meter').last()).toContain(name)
}, 120_000)
