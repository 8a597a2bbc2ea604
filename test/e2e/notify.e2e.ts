import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { itemIn } from '../functions/rectify/helpers'
import { ok } from '../helpers/envelope'
import { fixNear, village } from '../functions/presence/helpers'
import { textOf } from '../helpers/text-of'

/**
 * Everyone is told what concerns them, on a 390×844 screen: a reviewer sees, before confirming, that
 * returning a close application tells the cadre and proposes no discipline step; the cadre then
 * finds the return in the inbox with the reviewer's own words. A sign on a cadre's day: the cadre
 * explains it on their calendar, the township leader reads the explanation and clears the sign, and
 * the cadre is told.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const NOW = '2026-11-20T01:00:00.000Z'
const DAY = '2026-11-20'
const WORDS = `整改后照片看不清门牌，请补拍（端到端 ${Date.now().toString(36)}）`
const EXPLANATION = '手机没电，借用第一书记的手机签到'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

const actAs = (openid: string, hash: string) => openAs(page, cloud.url, openid, hash)

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: NOW }))
  await page.setViewportSize({ width: 390, height: 844 })
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test("a reviewer sees what a return sets off, and the cadre finds the return in the inbox with the reviewer's words", async () => {
  const item = await itemIn(cloud, 'reviewing')
  await actAs('demo-supervisor', `/packages/rectify/pages/detail/index?id=${item.id}`)
  const preview = page.locator('.rect-consequence--reject')
  await preview.waitFor({ timeout: 30_000 })
  await textOf(preview).toMatch(/销号申请被驳回，附您填写的意见。驳回不计入问责，不会产生问责建议/)
  await page.locator('.rect-comment textarea').fill(WORDS)
  await page.locator('.rect-action--reject').click()
  await page.locator('.rect-action--reject').waitFor({ state: 'detached', timeout: 30_000 })
  expect(cloud.cloud.db.find('escalations', { itemId: item.id })).toEqual([])

  await actAs('demo-secretary', '/packages/notice/pages/inbox/index')
  const message = page.locator('.inbox-item--unread', { hasText: '销号申请被驳回' })
  await message.waitFor({ timeout: 30_000 })
  await textOf(message).toContain(`督查组长意见：${WORDS}`)
  await page.screenshot({ path: join(RESULTS, 'notify-returned.png'), fullPage: true })
}, 120_000)

test('a cadre explains a sign on their own day; the township leader reads it, clears the sign, and the cadre is told', async () => {
  const v = village(cloud)
  await ok(
    cloud.call('presence', 'checkIn', fixNear(v, 50, { deviceId: 'e2e-shared-phone' }), 'demo-secretary'),
  )
  const second = await ok<{ signs: unknown[] }>(
    cloud.call('presence', 'checkIn', fixNear(v, 60, { deviceId: 'e2e-shared-phone' }), 'demo-member'),
  )
  expect(second.signs).toHaveLength(1)
  const memberId = String(cloud.cloud.db.find('people', { openid: 'demo-member' })[0]._id)

  await actAs('demo-member', '/packages/presence/pages/calendar/index?month=2026-11')
  await page.locator(`.cal-day-${DAY}`).click()
  await page.locator('.day-sign', { hasText: '建议核实' }).waitFor({ timeout: 30_000 })
  await page.locator('.day-sign-text textarea').fill(EXPLANATION)
  await page.locator('.day-sign-explain').click()
  await page.locator('.day-sign-note', { hasText: EXPLANATION }).waitFor({ timeout: 30_000 })
  await page.screenshot({ path: join(RESULTS, 'notify-sign-explained.png'), fullPage: true })

  await actAs('demo-township', `/packages/presence/pages/calendar/index?month=2026-11&personId=${memberId}`)
  await page.locator(`.cal-day-${DAY}`).click()
  await page.locator('.day-sign-note', { hasText: EXPLANATION }).waitFor({ timeout: 30_000 })
  await expect(page.locator('.day-sign-explain').count()).resolves.toBe(0)
  await page.locator('.day-sign-text textarea').fill('已核实，确系借用手机')
  await page.locator('.day-sign-clear').click()
  await page.locator('.day-sign-review', { hasText: '已排除' }).waitFor({ timeout: 30_000 })

  await actAs('demo-member', '/packages/notice/pages/inbox/index')
  const told = page.locator('.inbox-item--unread', { hasText: '经核实已排除' })
  await told.waitFor({ timeout: 30_000 })
  await textOf(told).toContain('意见：已核实，确系借用手机')
}, 120_000)
