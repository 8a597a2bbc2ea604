import { join, resolve } from 'node:path'
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { addPrefecture, PREFECTURE } from '../helpers/prefecture'
import { addPerson } from '../functions/org/fixtures'
import { textOf } from '../helpers/text-of'

/**
 * 区县归入州/市 in the browser: a re-path of 宛城区 interrupted after one batch shows the parts left and
 * is resumed from the page; a county the admin also holds is placed under the 州/市 part by part.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const NEW_COUNTY = 'u-411399'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

async function shot(name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true })
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(RESULTS, `attach-${name}.png`), fullPage: true })
}

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: '2026-11-18T02:00:00.000Z' }))
  await addPrefecture(cloud, { stopAfter: 1, batch: 50 })
  const at = new Date('2026-11-01T00:00:00.000Z')
  cloud.cloud.db.insertMany('org_units', [
    {
      _id: NEW_COUNTY,
      code: '411399',
      name: '新城县',
      level: 'county',
      parentId: null,
      path: [NEW_COUNTY],
      createdAt: at,
      updatedAt: at,
    },
  ])
  addPerson(cloud, {
    name: '州组织部部署员',
    openid: 'demo-ops-2',
    homeUnitId: PREFECTURE,
    roles: [{ role: 'admin', unitIds: [PREFECTURE, NEW_COUNTY] }],
  })
  await page.goto(`${cloud.url}/`)
  await page.evaluate(() => window.localStorage.setItem('zhucun.devOpenid', 'demo-ops-2'))
  await page.goto(`${cloud.url}/#/pages/home/index`)
  await page.reload()
}, 120_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test('an interrupted re-path shows the parts left, and 继续补全 finishes it', async () => {
  await page.goto(`${cloud.url}/#/packages/org/pages/attach/index`)
  const county = page.locator('.attach-page__county', { hasText: '宛城区' })
  await county.waitFor({ timeout: 30_000 })
  await textOf(county).toContain('路径补全未完成')
  await textOf(county).toContain('待补全：单位、人员与业务记录、走访记录、公示、投诉建议')
  await shot('interrupted')
  await county.locator('.nut-button', { hasText: '继续补全' }).click()
  await page.locator('.attach-progress__done').waitFor({ timeout: 120_000 })
  await expect(page.locator('.attach-progress__part--done').count()).resolves.toBe(4)
  await page.locator('.attach-page__county--done', { hasText: '宛城区' }).waitFor({ timeout: 30_000 })
  await shot('resumed')
}, 240_000)

test('a county the admin holds is placed under the 州/市 from the page', async () => {
  const loose = page.locator('.attach-page__loose', { hasText: '新城县' })
  await loose.waitFor({ timeout: 30_000 })
  await loose.locator('.nut-button', { hasText: '归入南阳市' }).click()
  await page.locator('.attach-progress__done').waitFor({ timeout: 120_000 })
  await page.locator('.attach-page__county--done', { hasText: '新城县' }).waitFor({ timeout: 30_000 })
  await expect(page.locator('.attach-page__loose').count()).resolves.toBe(0)
  const [unit] = cloud.cloud.db.find('org_units', { _id: NEW_COUNTY }) as Array<{ path: string[] }>
  expect(unit.path).toEqual([PREFECTURE, NEW_COUNTY])
}, 240_000)

test('a county admin without a 州/市 grant is told who may place a county', async () => {
  await page.evaluate(() => window.localStorage.setItem('zhucun.devOpenid', 'demo-admin-b'))
  await page.goto(`${cloud.url}/#/packages/org/pages/attach/index`)
  await page.reload()
  await page.locator('.attach-page__none').waitFor({ timeout: 30_000 })
  await textOf(page.locator('.attach-page__none')).toContain('您不是州/市管理员')
}, 120_000)
