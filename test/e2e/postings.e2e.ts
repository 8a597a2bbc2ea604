import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'

/**
 * 工作队与任期 and 排查 end to end: the county admin opens the first village's team, recalls its 队员
 * (召回调整, 长期不在岗, with a written reason) after previewing the handover, and sees the 队员's work
 * pass to the 队长; then opens 排查 from 我的 and keeps the 队员 whose term has run out, with a reason.
 */
const VILLAGE = 'u-411302100200'
const MEMBER = 'p00005'
const LEADER = 'p00004'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

const actAs = (openid: string, hash: string) => openAs(page, cloud.url, openid, hash)

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney())
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test('the county admin recalls a 队员 with a previewed handover: the 队员’s open item passes to the 队长', async () => {
  await actAs('demo-admin', `/packages/org/pages/team/index?villageId=${VILLAGE}`)
  await page.locator('.posting-card--active').first().waitFor({ timeout: 30_000 })
  await page.locator('.team-page__end').nth(1).click()
  const form = page.locator('.end-posting')
  await form.locator('.end-posting__kind--recall').click()
  await form.locator('.end-posting__reason--long_absent').click()
  await form.locator('.end-posting__note textarea').fill('两次抽查不在岗，经核实属实')
  await form.locator('.end-posting__preview').click()
  const preview = page.locator('.handover-preview')
  await preview.waitFor({ timeout: 30_000 })
  await textOf(preview).toContain('（队长）')
  await form.locator('.end-posting__submit').click()
  await page.locator('.team-message', { hasText: '任职已结束' }).waitFor({ timeout: 30_000 })
  await page
    .locator('.posting-card--ended', { hasText: '召回调整（长期不在岗）' })
    .waitFor({ timeout: 30_000 })
  const open = [
    'dispatched',
    'signed',
    'in_progress',
    'extension_requested',
    'disputed',
    'close_requested',
    'reviewing',
  ]
  const items = (personId: string) =>
    cloud.cloud.db
      .find('rectify_items', { responsiblePersonId: personId })
      .filter((i) => open.includes(String(i.state)))
  expect(items(MEMBER)).toEqual([])
  expect(items(LEADER).length).toBeGreaterThan(0)
})

test('the county admin keeps a cadre whose term has run out in the 排查, with a written reason', async () => {
  await actAs('demo-admin', '/pages/me/index')
  await page.locator('.menu-roster').click()
  const c = page.locator('.roster-case--past_term').first()
  await c.waitFor({ timeout: 30_000 })
  await c.locator('.nut-cell').first().click()
  await c.locator('.roster-case__reason textarea').fill('春季统一轮换前继续任职')
  await c.locator('.roster-case__submit').click()
  await page.locator('.roster-message', { hasText: '决定已记录' }).waitFor({ timeout: 30_000 })
  await page.locator('.roster-case__decision', { hasText: '保留' }).waitFor({ timeout: 30_000 })
  expect(cloud.cloud.db.count('roster_decisions', { decision: 'keep' })).toBe(1)
})
