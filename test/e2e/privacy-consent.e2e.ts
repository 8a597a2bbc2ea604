import { closeJourney, openJourney } from '../helpers/journey'
import type { RunningCloud } from '../helpers/local-cloud'
import type { PhoneBrowser } from '../helpers/browser'
import type { Page } from 'playwright-core'
import { z } from '../../types/zod'
import { textOf } from '../helpers/text-of'

/**
 * The consent card in the browser build: a cadre who has not agreed to the 隐私保护指引 is asked before
 * the first location fix; refusing stops only the check-in, the rest of the app works; agreeing lets
 * the check-in through and is remembered (and can be withdrawn on the guide page).
 */
const VILLAGE = 'u-411302100200'
const NOW = '2026-11-20T01:00:00.000Z'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: NOW, privacyAgreed: false }))
  const village = z
    .object({ center: z.object({ coordinates: z.tuple([z.number(), z.number()]) }) })
    .parse(cloud.cloud.db.find('org_units', { _id: VILLAGE })[0])
  await browser.context.grantPermissions(['geolocation'])
  await browser.context.setGeolocation({
    latitude: village.center.coordinates[1] + 0.0005,
    longitude: village.center.coordinates[0],
    accuracy: 20,
  })
  await page.clock.install({ time: new Date(NOW) })
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

const checkInsToday = () => cloud.cloud.db.find('presence_checkins', { day: '2026-11-20' }).length

test('refusing consent stops only the check-in; agreeing lets it through and is remembered', async () => {
  await page.goto(`${cloud.url}/`)
  await page.evaluate(() => window.localStorage.setItem('zhucun.devOpenid', 'demo-secretary'))
  await page.goto(`${cloud.url}/#/pages/home/index`)
  await page.reload()
  await page.locator('.person-name').waitFor({ timeout: 30_000 })

  const before = checkInsToday()
  await page.locator('.check-in-button').click()
  await page.locator('.privacy-consent').waitFor({ timeout: 30_000 })
  await textOf(page.locator('.privacy-consent')).toContain('在村签到时判断是否在村内')
  await page.locator('.privacy-refuse').click()
  await textOf(page.locator('.checkin-verdict')).toContain('未同意隐私保护指引，暂不能使用位置信息')
  expect(checkInsToday()).toBe(before)

  // Everything that needs no location still works: the 我的 tab, the guide, the organization tree.
  await page.goto(`${cloud.url}/#/pages/me/index`)
  await page.locator('.menu-privacy').click()
  await page.locator('.privacy-section').first().waitFor({ timeout: 30_000 })
  await textOf(page.locator('.privacy-consent-state')).toContain('您尚未同意本指引')
  await page.goto(`${cloud.url}/#/packages/org/pages/tree/index`)
  await page.locator('.zc-page').last().waitFor({ timeout: 30_000 })
  await expect(page.locator('.zc-status--error').count()).resolves.toBe(0)

  await page.goto(`${cloud.url}/#/pages/home/index`)
  await page.reload()
  await page.locator('.person-name').waitFor({ timeout: 30_000 })
  await page.locator('.check-in-button').click()
  await page.locator('.privacy-agree').click()
  await page.locator('.zc-checkin__verdict--ok').waitFor({ timeout: 30_000 })
  expect(checkInsToday()).toBe(before + 1)

  // Remembered: the guide page says so, and withdrawing brings the card back.
  await page.goto(`${cloud.url}/#/packages/compliance/pages/privacy/index`)
  await textOf(page.locator('.privacy-consent-state')).toContain('您已同意本指引')
  await page.locator('.privacy-withdraw').click()
  await textOf(page.locator('.privacy-consent-state')).toContain('您尚未同意本指引')
}, 120_000)
