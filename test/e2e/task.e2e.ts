import { join, resolve } from 'node:path'
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'

/**
 * 调度任务 in the browser: the county gives two townships a weekly task, a township reports its
 * progress with a note, and after the Monday job the county reads its 周通报 (places, no names).
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const tag = Date.now().toString(36)

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

const actAs = (openid: string, hash?: string) => openAs(page, cloud.url, openid, hash)

async function shot(name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true })
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(RESULTS, `task-${name}.png`), fullPage: true })
}

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: '2026-11-18T02:00:00.000Z' }))
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test('the county assigns a task to two townships, one reports, and the weekly summary shows the places behind', async () => {
  const title = `一肩挑周调度${tag}`
  await actAs('demo-admin', '/packages/task/pages/list/index')
  await page.locator('.task-assign-open').click()
  await page.locator('.task-title input').fill(title)
  await page.locator('.task-deadline input').fill('2026-12-31')
  await page.locator('.task-unit', { hasText: '瓦店镇' }).click()
  await page.locator('.task-unit', { hasText: '红泥湾镇' }).click()
  await shot('assign')
  await page.locator('.task-assign-submit').click()
  await page.locator('.task-card', { hasText: title }).waitFor({ timeout: 30_000 })

  await actAs('demo-township', '/packages/task/pages/list/index')
  await page.locator('.task-card', { hasText: title }).click()
  await page.locator('.task-value input').fill('1')
  await page.locator('.task-note input').fill('全镇已完成')
  await page.locator('.task-report-submit').click()
  await page.locator('.task-row', { hasText: '已完成 · 全镇已完成' }).waitFor({ timeout: 30_000 })
  await shot('report')

  cloud.cloud.invoker.env.ZHUCUN_NOW = '2026-11-22T23:30:00.000Z' // Monday 07:30 in Shanghai
  await cloud.cloud.timers.fireNow('task')
  await actAs('demo-admin', '/packages/task/pages/weekly/index')
  const summary = page.locator('.task-summary', { hasText: '宛城区' })
  await summary.waitFor({ timeout: 30_000 })
  await summary.locator('text=未完成：红泥湾镇').waitFor()
  await shot('weekly')
}, 180_000)
