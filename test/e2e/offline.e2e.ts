import { z } from 'zod'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney } from '../helpers/journey'
import { PHONE_390, type PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'

/**
 * Offline in the browser build, on a 390×844 phone: after one visit online the service worker keeps
 * the whole app, so with no network a first secretary still opens the app, 工作台 (as last seen),
 * pages never opened before, and checks in; the app says the check-in will be sent when the network is
 * back and shows it in the queue; when the network returns it is sent once.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const AFTERNOON = '2026-11-20T07:00:00.000Z'
const VILLAGE = 'u-411302100200'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

function doc<T>(collection: string, query: Record<string, unknown>, shape: z.ZodType<T>): T[] {
  return z.array(shape).parse(cloud.cloud.db.find(collection, query))
}

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: AFTERNOON, viewport: PHONE_390 }))
  const [village] = doc(
    'org_units',
    { _id: VILLAGE },
    z.object({ center: z.object({ coordinates: z.tuple([z.number(), z.number()]) }) }),
  )
  const [lng, lat] = village.center.coordinates
  // 100 m north of the village office: inside the fence.
  await browser.context.grantPermissions(['geolocation'])
  await browser.context.setGeolocation({ latitude: lat + 100 / 111195, longitude: lng, accuracy: 20 })
  await page.clock.install({ time: new Date(AFTERNOON) })
  mkdirSync(RESULTS, { recursive: true })
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

describe('offline in the browser build', () => {
  test('after one visit online, the app opens with no network: 工作台 as last seen, and pages never opened before', async () => {
    await page.goto(`${cloud.url}/`)
    await page.evaluate(() => window.localStorage.setItem('zhucun.devOpenid', 'demo-secretary'))
    await page.goto(`${cloud.url}/#/pages/home/index`)
    await page.reload()
    await page.locator('.person-name').waitFor({ timeout: 30_000 })
    // The service worker has kept every file once it controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 90_000 })

    await browser.context.setOffline(true)
    await page.reload()
    await page.locator('.home-offline').waitFor({ timeout: 30_000 })
    await textOf(page.locator('.home-offline')).toContain('恢复网络后自动发送')
    await textOf(page.locator('.person-name')).toBe(
      doc('people', { openid: 'demo-secretary' }, z.object({ name: z.string() }))[0].name,
    )

    // Subpackage pages this phone never opened: their code comes from the kept copy.
    await page.goto(`${cloud.url}/#/packages/presence/pages/queue/index`)
    await page.locator('.queue-flush').waitFor({ timeout: 30_000 })
    await page.goto(`${cloud.url}/#/packages/visit/pages/drafts/index`)
    await page.locator('.visit-sync-now').waitFor({ timeout: 30_000 })
    await page.screenshot({ path: join(RESULTS, 'offline-drafts.png') })
  }, 180_000)

  test('a check-in with no network says it will be sent when the network is back, waits in the queue, and is sent once', async () => {
    await page.goto(`${cloud.url}/#/pages/home/index`)
    await page.locator('.home-offline').waitFor({ timeout: 30_000 })
    await page.locator('.check-in-button').click()
    const queued = page.locator('.zc-checkin__verdict--queued')
    await queued.waitFor({ timeout: 30_000 })
    await textOf(queued).toContain('恢复网络后自动发送')
    await textOf(page.locator('.link-queue')).toBe('待同步（1）')
    await page.screenshot({ path: join(RESULTS, 'offline-check-in.png') })

    await page.locator('.link-queue').click()
    const waiting = page.locator('.queue-item--pending')
    await waiting.waitFor({ timeout: 30_000 })
    await textOf(waiting).toContain('网络不可用，恢复后自动发送')
    const personId = doc('people', { openid: 'demo-secretary' }, z.object({ _id: z.string() }))[0]._id
    expect(doc('presence_checkins', { personId, slot: 'pm' }, z.object({}))).toHaveLength(0)

    await browser.context.setOffline(false)
    await page
      .locator('.queue-item--synced')
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(async (err: unknown) => {
        await page.screenshot({ path: join(RESULTS, 'offline-queue-stuck.png') })
        throw new Error(`${String(err)}\n${await page.locator('.queue-page').innerText()}`)
      })
    await expect(page.locator('.queue-item--pending').count()).resolves.toBe(0)
    expect(doc('presence_checkins', { personId, slot: 'pm' }, z.object({}))).toHaveLength(1)
    await page.screenshot({ path: join(RESULTS, 'offline-queue-sent.png') })
  }, 120_000)
})
