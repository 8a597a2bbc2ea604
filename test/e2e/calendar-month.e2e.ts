import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'

/** A drill-down link naming a cadre and a month opens the presence calendar on that month. */

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney())
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test('the calendar opened with ?personId and ?month shows that cadre in that month, and 上月 steps back from it', async () => {
  const [secretary] = cloud.cloud.db.find('people', { openid: 'demo-secretary' }) as Array<{
    _id: string
    name: string
  }>
  await page.goto(`${cloud.url}/`)
  await page.evaluate(() => window.localStorage.setItem('zhucun.devOpenid', 'demo-supervisor'))
  await page.goto(
    `${cloud.url}/#/packages/presence/pages/calendar/index?personId=${secretary._id}&month=2026-09`,
  )
  await page.reload()
  await page.locator('.calendar-month', { hasText: '2026 年 09 月' }).waitFor({ timeout: 30_000 })
  await page.locator('.presence-meter', { hasText: secretary.name }).waitFor({ timeout: 30_000 })
  await page.locator('.zc-p__bar-btn', { hasText: '上月' }).click()
  await page.locator('.calendar-month', { hasText: '2026 年 08 月' }).waitFor({ timeout: 30_000 })
})
