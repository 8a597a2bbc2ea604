import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, writeCameraPhoto, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'

/**
 * 入户走访 in the browser: a pairing cadre fills a visit without signal (with a camera photo), closes
 * the page, finds the draft again, and the visit is sent exactly once when the network returns; a
 * correction keeps the first version; the township leader sees the village's coverage move. The
 * server's clock and the browser's are pinned to 2026-11-20, 09:00 in Shanghai.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const PHOTO = join(RESULTS, 'visit-photo.jpg')
const NOW = '2026-11-20T01:00:00.000Z'
const VILLAGE = 'u-411302100200'
const TOWNSHIP = 'u-411302100'
const H1 = 'h-411302100200-001'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

type VisitDoc = {
  _id: string
  period: string
  version: number
  photos: unknown[]
  form: { income: { annualEstimate: number }; checks: { water: { ok: boolean } } }
}
const visitsOfH1 = () =>
  cloud.cloud.db.find('visits', { householdId: H1, period: '2026-11' }) as unknown as VisitDoc[]

const actAs = (openid: string, hash: string) => openAs(page, cloud.url, openid, hash)

async function villageVisitedCount(): Promise<string> {
  await actAs('demo-township', `/packages/visit/pages/coverage/index?unitId=${TOWNSHIP}`)
  const cell = page.locator(`.coverage-row--${VILLAGE}:visible .coverage-row-visited`)
  await cell.waitFor({ timeout: 30_000 })
  return (await cell.textContent()) ?? ''
}

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({
    now: NOW,
    geolocation: { latitude: 33.0, longitude: 112.5, accuracy: 15 },
  }))
  await page.clock.install({ time: new Date(NOW) })
  await writeCameraPhoto(page, PHOTO, { width: 800, height: 600 })
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

describe('household visits in the browser', () => {
  test('before the visit, the township leader sees two households of the first village visited in their own period (本周期)', async () => {
    // 本周期 per kind: the two 脱贫户 were visited this quarter, the 监测对象 H1 and H3 not this month.
    await expect(villageVisitedCount()).resolves.toBe('2')
  }, 90_000)

  test('a visit filled offline with a photo survives closing the page and is sent once when the network returns', async () => {
    await actAs('demo-pairing', `/packages/visit/pages/household/index?id=${H1}`)
    await page.locator('.household-head').waitFor({ timeout: 30_000 })
    await page.locator('.visit-new').click()
    await page.locator('.visit-form-head').waitFor({ timeout: 30_000 })

    await browser.context.setOffline(true)
    await page.locator('.visit-check--water .visit-no').click()
    await page.locator('.visit-note--water textarea').fill('雨季水井浑浊')
    await page.locator('.visit-risk--illness').click()
    await page.locator('.visit-form-page .visit-income input').fill('26000')
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('.visit-photo-add').click(),
    ])
    await chooser.setFiles(PHOTO)
    await page.locator('.visit-photo').first().waitFor({ timeout: 30_000 })
    // The last visit (October) had safe water, so the change shows as a change for the worse.
    await page.locator('.visit-change--checks-water.visit-change--worse').waitFor({ timeout: 10_000 })
    await page.screenshot({ path: join(RESULTS, 'visit-form-offline.png') })

    // Close the page. The app's files load again, but the cloud stays unreachable.
    await page.close()
    await browser.context.route('**/fn/**', (route) => route.abort())
    await browser.context.route('**/storage/**', (route) => route.abort())
    await browser.context.setOffline(false)
    page = await browser.context.newPage()
    await actAs('demo-pairing', '/packages/visit/pages/drafts/index')
    const draft = page.locator('.visit-draft--draft:visible')
    await draft.waitFor({ timeout: 30_000 })
    await textOf(draft.locator('.visit-draft-state')).toBe('草稿')
    await expect(draft.locator('.visit-photo').count()).resolves.toBe(1)

    await draft.locator('.visit-draft-edit').click()
    await page.locator('.visit-note--water textarea').waitFor({ timeout: 30_000 })
    await expect(page.locator('.visit-note--water textarea').inputValue()).resolves.toBe('雨季水井浑浊')
    await page.locator('.visit-submit').click()
    await page.locator('.visit-draft--pending:visible').waitFor({ timeout: 30_000 })
    await expect(
      page.locator('.visit-draft--pending:visible .visit-draft-state').textContent(),
    ).resolves.toBe('待同步')
    expect(visitsOfH1()).toHaveLength(0)

    // The network returns: the queue sends the form, then the photo follows.
    await browser.context.unroute('**/fn/**')
    await browser.context.unroute('**/storage/**')
    await browser.context.setOffline(true)
    await browser.context.setOffline(false)
    await page.locator('.visit-draft--synced:visible').waitFor({ timeout: 30_000 })
    await page.locator('.visit-sync-now').click()
    await page.reload()
    await page.locator('.visit-draft--synced:visible').waitFor({ timeout: 30_000 })
    const visits = visitsOfH1()
    expect(visits).toHaveLength(1)
    expect(visits[0]).toMatchObject({
      version: 1,
      form: { checks: { water: { ok: false } }, income: { annualEstimate: 26000 } },
    })
    expect(visits[0].photos).toHaveLength(1)
    expect(cloud.cloud.db.find('visit_coverage', { _id: `${H1}_2026-11` })[0]).toMatchObject({ visits: 1 })
    await page.screenshot({ path: join(RESULTS, 'visit-drafts-synced.png') })
  }, 120_000)

  test('a correction with a reason makes version 2 and keeps version 1 as it was', async () => {
    await page.locator('.visit-draft--synced:visible .visit-draft-open').click()
    await page.locator('.visit-correct').click()
    const income = page.locator('.visit-correct-page .visit-income input')
    await income.waitFor({ timeout: 30_000 })
    await income.fill('20000')
    await page.locator('.visit-correct-reason textarea').fill('收入按务工合同核实')
    await page.locator('.visit-correct-submit').click()
    await page.locator('.visit-detail-version', { hasText: '第 2 版' }).waitFor({ timeout: 30_000 })
    await textOf(page.locator('.visit-version--2')).toContain('收入按务工合同核实')
    await expect(page.locator('.visit-version--1').count()).resolves.toBe(1)
    const [visit] = visitsOfH1()
    const versions = cloud.cloud.db.find(
      'visit_versions',
      { visitId: visit._id },
      { sort: { version: 1 } },
    ) as unknown as VisitDoc[]
    expect(versions.map((v) => [v.version, v.form.income.annualEstimate])).toEqual([
      [1, 26000],
      [2, 20000],
    ])
    expect(cloud.cloud.db.find('visit_coverage', { _id: `${H1}_2026-11` })[0]).toMatchObject({ visits: 1 })
    await page.screenshot({ path: join(RESULTS, 'visit-versions.png') })
  }, 90_000)

  test('after the visit the township leader sees three households of the village visited', async () => {
    await expect(villageVisitedCount()).resolves.toBe('3')
    await page.screenshot({ path: join(RESULTS, 'visit-coverage.png') })
  }, 90_000)
})
