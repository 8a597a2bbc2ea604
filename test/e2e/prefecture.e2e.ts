import { join, resolve } from 'node:path'
import { mkdirSync } from 'node:fs'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { addPrefecture, COUNTY_B } from '../helpers/prefecture'
import { textOf } from '../helpers/text-of'

/**
 * A 州/市 in the browser (南阳市 above the demo county 宛城区, and a second county 卧龙区, placed by the
 * real org.attachCounty step): the 州/市 supervisor drills 州 → 县 → 乡 → 村 and exports the whole 州/市,
 * gives both counties a weekly task and reads the 周通报; a county's own task is readable above it; the
 * admin of 卧龙区 never sees 宛城区.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const COUNTY = 'u-411302'
const tag = Date.now().toString(36)

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

const actAs = (openid: string, hash: string) => openAs(page, cloud.url, openid, hash)

async function shot(name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true })
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(RESULTS, `prefecture-${name}.png`), fullPage: true })
}

/** The dashboard page on top (H5 keeps the pages below in the document). */
const top = () => page.locator('.report-dashboard-page').last()

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: '2026-11-18T02:00:00.000Z' }))
  await addPrefecture(cloud)
}, 120_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test('the 州/市 supervisor drills from the 州 to a village and exports every county in one file', async () => {
  await actAs('demo-pref-supervisor', '/packages/report/pages/dashboard/index')
  await top().locator('.report-bar').first().waitFor({ timeout: 30_000 })
  await textOf(top().locator('.report-title')).toContain('南阳市')
  await expect(top().locator('.report-bar .zc-rp__bar-name').allTextContents()).resolves.toEqual([
    '宛城区',
    '卧龙区',
  ])
  await shot('dashboard')

  const download = page.waitForEvent('download', { timeout: 60_000 })
  await top().locator('.report-export').click()
  const file = await download
  expect(file.suggestedFilename()).toBe('月度材料-南阳市全市-2026-11.xlsx')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(String(await file.path()))
  expect(wb.worksheets.map((w) => w.name)).toContain('卧龙区-走访覆盖')

  await top().locator('.report-bar', { hasText: '宛城区' }).click()
  await page.waitForFunction(() => document.querySelectorAll('.report-dashboard-page').length === 2)
  await top().locator('.report-bar', { hasText: '瓦店镇' }).waitFor({ timeout: 30_000 })
  await textOf(top().locator('.report-title')).toContain('宛城区')
  await top().locator('.report-bar', { hasText: '瓦店镇' }).click()
  await page.waitForFunction(() => document.querySelectorAll('.report-dashboard-page').length === 3)
  await top().locator('.report-cell', { hasText: '曹徐屯村' }).waitFor({ timeout: 30_000 })
  await textOf(top().locator('.report-title')).toContain('瓦店镇')
  await top().locator('.report-cell', { hasText: '曹徐屯村' }).click()
  await page.waitForFunction(() => document.querySelectorAll('.report-dashboard-page').length === 4)
  await top().locator('.report-cadres').waitFor({ timeout: 30_000 })
  await textOf(top().locator('.report-title')).toContain('曹徐屯村')
  await shot('village')
}, 240_000)

test('the 州/市 supervisor gives both counties a weekly task, and reads the 周通报 with the county behind', async () => {
  const title = `驻村在岗周调度${tag}`
  await actAs('demo-pref-supervisor', '/packages/task/pages/list/index')
  await page.locator('.task-assign-open').click()
  await page.locator('.task-title input').fill(title)
  await page.locator('.task-deadline input').fill('2026-12-31')
  await page.locator('.task-unit', { hasText: '宛城区' }).click()
  await page.locator('.task-unit', { hasText: '卧龙区' }).click()
  await shot('assign')
  await page.locator('.task-assign-submit').click()
  await page.locator('.task-card', { hasText: title }).waitFor({ timeout: 30_000 })

  // 宛城区's admin reports the county done; 卧龙区 does not report.
  await actAs('demo-admin', '/packages/task/pages/list/index')
  await page.locator('.task-card', { hasText: title }).click()
  await page.locator('.task-value input').fill('1')
  await page.locator('.task-note input').fill('全区已完成')
  await page.locator('.task-report-submit').click()
  await page.locator('.task-row', { hasText: '已完成 · 全区已完成' }).waitFor({ timeout: 30_000 })

  cloud.cloud.invoker.env.ZHUCUN_NOW = '2026-11-22T23:30:00.000Z' // Monday 07:30 in Shanghai
  await cloud.cloud.timers.fireNow('task')
  await actAs('demo-pref-supervisor', '/packages/task/pages/weekly/index')
  const summary = page.locator('.task-summary', { hasText: '南阳市' })
  await summary.waitFor({ timeout: 30_000 })
  await summary.locator('text=未完成：卧龙区').waitFor()
  await shot('weekly')
}, 240_000)

test('a task a county gave its township is read-only above it, and never seen by the other county', async () => {
  const title = `乡镇周统计${tag}`
  const res = await cloud.call(
    'task',
    'assignTask',
    {
      title,
      unitIds: ['u-411302100'],
      deadline: '2026-12-31',
      measure: { kind: 'share', targetPercent: 85 },
    },
    'demo-admin',
  )
  expect(res.ok).toBe(true)
  await actAs('demo-pref-supervisor', '/packages/task/pages/list/index')
  const card = page.locator('.task-card', { hasText: title })
  await card.locator('.task-card-readonly').waitFor({ timeout: 30_000 })
  await card.click()
  await page.locator('.task-row', { hasText: '瓦店镇' }).waitFor({ timeout: 30_000 })
  await expect(page.locator('.task-report-submit').count()).resolves.toBe(0)

  await actAs('demo-admin-b', '/packages/task/pages/list/index')
  await page.locator('.task-card').first().waitFor({ timeout: 30_000 })
  await expect(page.locator('.task-card', { hasText: title }).count()).resolves.toBe(0)
}, 240_000)

test('the admin of 卧龙区 sees only 卧龙区, and is refused 宛城区 in Chinese', async () => {
  await actAs('demo-admin-b', '/packages/report/pages/dashboard/index')
  await top().locator('.report-title').waitFor({ timeout: 30_000 })
  await textOf(top().locator('.report-title')).toContain('卧龙区')
  await expect(top().locator('.report-bar .zc-rp__bar-name').allTextContents()).resolves.toEqual(['七里园乡'])
  await actAs('demo-admin-b', `/packages/report/pages/dashboard/index?unitId=${COUNTY}`)
  await page.locator('.zc-status--error').waitFor({ timeout: 30_000 })
  await textOf(page.locator('.zc-status--error')).toContain('该单位不在您的管辖范围内')
  await shot('refused')
  // And the other way round: 宛城区's admin is refused 卧龙区.
  await actAs('demo-admin', `/packages/report/pages/dashboard/index?unitId=${COUNTY_B}`)
  await page.locator('.zc-status--error').waitFor({ timeout: 30_000 })
  await textOf(page.locator('.zc-status--error')).toContain('该单位不在您的管辖范围内')
}, 240_000)
