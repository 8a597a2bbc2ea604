import { z } from 'zod'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { initialsOf } from '../../cloudfunctions/src/shared/initials'
import { textOf } from '../helpers/text-of'

/**
 * Long lists and words on a 390×844 phone: a county admin searches people by pinyin initials and
 * filters them in one sheet, reads the audit log in Chinese and downloads a ledger with a meaningful
 * name; a first secretary finds a household by initials and prints the village's villager QR code;
 * a villager finds their village by initials without signing in; filled fields keep their labels.
 */
const ROOT = resolve(__dirname, '..', '..')
const SHOTS = join(ROOT, 'docs', 'screenshots')
const NOW = '2026-11-20T01:00:00.000Z'
const COUNTY = 'u-411302'
const VILLAGE = 'u-411302100200'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: NOW }))
  await page.setViewportSize({ width: 390, height: 844 })
  mkdirSync(SHOTS, { recursive: true })
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

const actAs = (openid: string, hash: string) => openAs(page, cloud.url, openid, hash)

const names = (selector: string) => page.locator(selector).allTextContents()

test('a county admin finds people by pinyin initials, filters them in one sheet, and reads the audit log in Chinese', async () => {
  const people = z
    .array(z.object({ name: z.string() }))
    .parse(cloud.cloud.db.find('people', { homeUnitId: { $ne: COUNTY } }))
  const target = people[people.length - 1].name
  const initials = initialsOf(target, 'person')
  await actAs('demo-admin', `/packages/org/pages/people/index?unitId=${COUNTY}`)
  await page.locator('.person-item').first().waitFor({ timeout: 30_000 })

  await page.locator('.list-search-input input').fill(initials)
  await page.waitForFunction(
    (t) => Array.from(document.querySelectorAll('.person-item__name')).some((e) => e.textContent === t),
    target,
    { timeout: 30_000 },
  )
  const found = await names('.person-item__name')
  expect(found.every((n) => initialsOf(n, 'person').startsWith(initials))).toBe(true)

  // Filters live in one sheet: 未绑定, then the sheet closes and says what is chosen.
  await page.locator('.list-filter-open').click()
  await page.locator('.filter-group--bound .filter-option', { hasText: '未绑定' }).click()
  await page.screenshot({ path: join(SHOTS, 'people-filter-sheet.png') })
  await page.locator('.filter-done').click()
  await textOf(page.locator('.list-search-chosen')).toBe('微信绑定：未绑定')
  await page.locator('.list-search-input input').fill('')
  await page.locator('.issue-code').first().waitFor({ timeout: 30_000 })
  await expect(page.locator('.unbind-person').count()).resolves.toBe(0)
  await page.screenshot({ path: join(SHOTS, 'people-search.png') })

  // An action, then the audit log: actions and targets are words, never keys.
  await page.locator('.issue-code').first().click()
  await page.locator('.issued-code__value').waitFor({ timeout: 30_000 })
  await actAs('demo-admin', '/packages/org/pages/audit/index')
  await page.locator('.audit-item').first().waitFor({ timeout: 30_000 })
  const actions = await names('.audit-item__action')
  expect(actions[0]).toBe('生成绑定码')
  expect(actions.every((a) => /^[\u4e00-\u9fa5]+$/.test(a))).toBe(true)
  expect((await names('.audit-item__target')).every((t) => !/[a-z_.]/.test(t))).toBe(true)
}, 120_000)

test('a ledger download is saved as 整改台账-<place>-<month>.xlsx', async () => {
  await actAs('demo-admin', '/packages/rectify/pages/ledger/index')
  await page.locator('.rect-export').waitFor({ timeout: 30_000 })
  const download = page.waitForEvent('download', { timeout: 30_000 })
  await page.locator('.rect-export').click()
  expect((await download).suggestedFilename()).toBe('整改台账-宛城区-2026-11.xlsx')
  await textOf(page.locator('.rect-export-message')).toContain('整改台账-宛城区-2026-11.xlsx')
}, 60_000)

test("a first secretary finds a household by initials and prints the village's villager QR code", async () => {
  const households = z
    .array(z.object({ headName: z.string() }))
    .parse(cloud.cloud.db.find('households', { villageId: VILLAGE }))
  const head = households[households.length - 1].headName
  const q = initialsOf(head, 'person')
  const expected = households
    .map((h) => h.headName)
    .filter((n) => initialsOf(n, 'person').startsWith(q))
    .sort()
    .join()
  expect(expected.split(',').length).toBeLessThan(households.length)
  await actAs('demo-secretary', `/packages/visit/pages/households/index?villageId=${VILLAGE}`)
  await page.locator('.visit-household').first().waitFor({ timeout: 30_000 })
  await page.locator('.list-search-input input').fill(q.toUpperCase())
  await page.waitForFunction(
    (want) =>
      Array.from(document.querySelectorAll('.visit-household-name'))
        .map((e) => e.textContent)
        .sort()
        .join() === want,
    expected,
    { timeout: 30_000 },
  )

  await actAs('demo-secretary', `/packages/org/pages/tree/index?unitId=${VILLAGE}`)
  await page.locator('.villager-code__qr').waitFor({ timeout: 30_000 })
  const link = (await page.locator('.villager-code__link').textContent()) ?? ''
  expect(link).toContain('#/packages/notice/pages/villager/index?v=411302100200')
  await page.locator('.villager-code').scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SHOTS, 'villager-code.png') })
  // The link opens the village's notices for anyone, without signing in.
  await page.emulateMedia({ media: 'print' })
  await expect(
    page.locator('.tree-page__trail').evaluate((e) => getComputedStyle(e).visibility),
  ).resolves.toBe('hidden')
  await expect(
    page.locator('.villager-code__qr').evaluate((e) => getComputedStyle(e).visibility),
  ).resolves.toBe('visible')
  await page.emulateMedia({ media: 'screen' })
  await page.evaluate(() => window.localStorage.removeItem('zhucun.devOpenid'))
  await page.goto(link)
  await page.reload()
  await page.locator('.villager-village').waitFor({ timeout: 30_000 })
  await textOf(page.locator('.villager-village')).toContain('曹徐屯村')
}, 120_000)

test("the 12-month chart shows every month's values, zero months included, and the same figures as a table", async () => {
  await actAs('demo-admin', '/packages/report/pages/dashboard/index')
  await page.locator('.report-trend').waitFor({ timeout: 30_000 })
  await expect(page.locator('.zc-rp__trend-value').count()).resolves.toBe(24)
  await expect(page.locator('.zc-rp__trend-tick').allTextContents()).resolves.toEqual(['100%', '50%', '0%'])
  const summary = await page.locator('.zc-rp__trend-chart').getAttribute('aria-label')
  expect(summary).toMatch(/^近12个月/)
  await page.locator('.report-trend-toggle').click()
  await expect(page.locator('.report-trend-row').count()).resolves.toBe(12)
}, 60_000)

test('a villager, not signed in, finds their village by its initials and opens its notices', async () => {
  const villages = z
    .array(z.object({ name: z.string() }))
    .parse(cloud.cloud.db.find('org_units', { level: 'village' }))
  const target = villages[villages.length - 1].name
  const q = initialsOf(target)
  const expected = villages
    .map((v) => v.name)
    .filter((n) => initialsOf(n).startsWith(q))
    .sort()
    .join()
  expect(expected.split(',').length).toBeLessThan(villages.length)
  await page.goto(`${cloud.url}/`)
  await page.evaluate(() => window.localStorage.removeItem('zhucun.devOpenid'))
  await page.goto(`${cloud.url}/#/packages/notice/pages/villager/index?v=411302100200`)
  await page.reload()
  await page.locator('.villager-change').click()
  await page.locator('.list-search-input input').fill(q)
  await page.waitForFunction(
    (want) =>
      Array.from(document.querySelectorAll('.village-option .nut-cell-title'))
        .map((e) => e.textContent)
        .sort()
        .join() === want,
    expected,
    { timeout: 30_000 },
  )
  await page.screenshot({ path: join(SHOTS, 'villager-village-search.png') })
  await page.locator('.village-option', { hasText: target }).first().click()
  await page.locator('.villager-village').waitFor({ timeout: 30_000 })
  await textOf(page.locator('.villager-village')).toContain(target)
}, 60_000)

async function labelAbove(field: string): Promise<string> {
  return page.locator(field).evaluate((e) => e.previousElementSibling?.textContent ?? '')
}

test('filled fields keep their labels: the card code and a leave reason', async () => {
  await actAs('demo-secretary', '/packages/visit/pages/card/index')
  await page.locator('.card-code-input input').fill('AB12CD')
  await expect(
    page.locator('.visit-card-page .field-label', { hasText: '明白卡编号' }).isVisible(),
  ).resolves.toBe(true)

  await actAs('demo-member', '/packages/presence/pages/leave/index')
  await page.locator('.leave-reason textarea').fill('参加县里培训')
  await expect(labelAbove('.leave-reason')).resolves.toBe('请假事由')
  await expect(page.locator('.field-label', { hasText: '请假事由' }).isVisible()).resolves.toBe(true)
}, 60_000)
