import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { seedMonitoringFixture } from '../functions/report/monitoring-fixture'
import { textOf } from '../helpers/text-of'

/**
 * A first secretary adds a 帮扶措施 on a household page; the county admin opens 防返贫监测看板, reads
 * the figures and their sentence, drills down to the village list and downloads the national layout.
 */
const ROOT = resolve(__dirname, '..', '..')
const SHOTS = join(ROOT, 'docs', 'screenshots')
const NOW = '2026-11-20T01:00:00.000Z'
const H2 = 'h-411302100200-002'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: NOW }))
  seedMonitoringFixture(cloud)
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

async function signIn(openid: string, hash: string): Promise<void> {
  await page.goto(`${cloud.url}/`)
  await page.evaluate((id) => window.localStorage.setItem('zhucun.devOpenid', id), openid)
  await page.goto(`${cloud.url}/#${hash}`)
  await page.reload()
}

test('a first secretary adds a measure on the household page and sees it listed', async () => {
  await signIn('demo-secretary', `/packages/visit/pages/household/index?id=${H2}`)
  await page.locator('.measure-add').last().waitFor({ timeout: 30_000 })
  await page.locator('.measure-type--public_post').last().click()
  await page.locator('.measure-add').last().click()
  await page.locator('.measure-row').last().waitFor({ timeout: 30_000 })
  await textOf(page.locator('.measure-row').last()).toContain('公益岗位')
  await textOf(page.locator('.measure-message').last()).toContain('已通知责任人')
}, 120_000)

test('the county admin reads the monitoring figures, drills down to a village and downloads the export', async () => {
  await signIn('demo-admin', '/pages/home/index')
  await page.locator('.monitoring-entry').click()
  await page.locator('.monitor-child').first().waitFor({ timeout: 30_000 })
  await textOf(page.locator('.monitor-title').last()).toContain('宛城区')
  await textOf(page.locator('.monitor-summary').last()).toBe(
    '宛城区：监测对象 3 户，办理中 2 件（超期 1 件），本年风险消除 1 户，低于监测标准且无帮扶措施 0 户',
  )
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, 'monitoring.png'), fullPage: true })

  const download = page.waitForEvent('download', { timeout: 30_000 })
  await page.locator('.monitor-export').last().click()
  const file = await download
  expect(file.suggestedFilename()).toBe('防返贫监测帮扶信息-宛城区-2026-11-20.xlsx')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(String(await file.path()))
  expect(wb.worksheets.map((w) => w.name)).toEqual(['监测帮扶信息'])

  await page.locator('.monitor-child', { hasText: '瓦店镇' }).first().click()
  await page.locator('.monitor-child', { hasText: '曹徐屯村' }).last().waitFor({ timeout: 30_000 })
  await page.locator('.monitor-child', { hasText: '曹徐屯村' }).last().click()
  await page.locator('.monitor-row').first().waitFor({ timeout: 30_000 })
  await textOf(page.locator('.monitor-row').first()).toContain('已超期')
}, 120_000)
