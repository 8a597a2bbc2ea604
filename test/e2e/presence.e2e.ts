import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { launchPhoneBrowser, type PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'
import { openAs } from '../helpers/journey'

/**
 * 在村履职 in the browser: check-ins judged by the server inside and outside the fence, a check-in made
 * offline and sent once when the network returns, a leave approved by the approver the rule names,
 * and the supervisor's today view and monthly export showing all of it. The server's clock and the
 * browser's are pinned to the same day (2026-11-20 in Shanghai).
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const VILLAGE = 'u-411302100200'
const MORNING = '2026-11-20T01:00:00.000Z'
const AFTERNOON = '2026-11-20T07:00:00.000Z'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page
let center: { lat: number; lng: number }

function doc<T>(collection: string, query: Record<string, unknown>): T[] {
  return cloud.cloud.db.find(collection, query) as unknown as T[]
}
const personId = (openid: string) => doc<{ _id: string }>('people', { openid })[0]._id
const personName = (openid: string) => doc<{ name: string }>('people', { openid })[0].name
const north = (metres: number) => ({
  latitude: center.lat + metres / 111195,
  longitude: center.lng,
  accuracy: 20,
})

/** Acts as a demo person: the dev identity lives in localStorage; the home tab then loads as them. */
async function actAs(openid: string): Promise<void> {
  await openAs(page, cloud.url, openid)
  await page.locator('.person-name').waitFor({ timeout: 30_000 })
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'h5', 'index.html')))
    throw new Error('dist/h5 is missing: run `npm run build:h5` first')
  cloud = await startLocalCloud({ seed: 'demo', now: MORNING })
  const village = doc<{ center: { coordinates: [number, number] } }>('org_units', { _id: VILLAGE })[0]
  center = { lng: village.center.coordinates[0], lat: village.center.coordinates[1] }
  browser = await launchPhoneBrowser({ geolocation: north(1200) })
  page = browser.page
  await page.clock.install({ time: new Date(MORNING) })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await cloud?.stop()
}, 60_000)

describe('presence in the browser', () => {
  test('a cadre 1.2 km away is told it did not count and why; at the village it counts', async () => {
    await actAs('demo-secretary')
    await page.locator('.check-in-button').click()
    const message = page.locator('.checkin-message')
    await message.waitFor({ timeout: 30_000 })
    await textOf(message).toBe('距村部 1.2 公里，超出 500 米范围，本次未计入在村')

    await browser.context.setGeolocation(north(100))
    await page.locator('.check-in-button').click()
    await page.locator('.zc-checkin__verdict--ok', { hasText: '上午已计入在村' }).waitFor({ timeout: 30_000 })
    const day = doc<{ counted: boolean; attempts: number }>('presence_days', {
      _id: `${personId('demo-secretary')}_2026-11-20`,
    })[0]
    expect(day).toMatchObject({ counted: true, attempts: 2 })
    mkdirSync(RESULTS, { recursive: true })
    await page.screenshot({ path: join(RESULTS, 'presence-check-in.png') })
  }, 90_000)

  test('a check-in made offline waits in the queue and is sent exactly once when the network returns', async () => {
    cloud.cloud.invoker.env.ZHUCUN_NOW = AFTERNOON
    await page.clock.setSystemTime(new Date(AFTERNOON))
    await actAs('demo-secretary')
    await browser.context.setOffline(true)
    await page.locator('.check-in-button').click()
    await page.locator('.zc-checkin__verdict--queued').waitFor({ timeout: 30_000 })
    await textOf(page.locator('.link-queue')).toBe('待同步（1）')
    const secretary = personId('demo-secretary')
    expect(doc('presence_checkins', { personId: secretary, slot: 'pm' })).toHaveLength(0)

    await browser.context.setOffline(false)
    await page.locator('.zc-checkin__verdict--ok', { hasText: '下午已计入在村' }).waitFor({ timeout: 30_000 })
    // Sending again (the queue page's button, the app coming back) must not create another record.
    await page.locator('.link-queue').click()
    await page.locator('.queue-item--synced').first().waitFor({ timeout: 30_000 })
    await page.locator('.queue-flush').click()
    await page.reload()
    await page.locator('.queue-item--synced').first().waitFor({ timeout: 30_000 })
    await expect(page.locator('.queue-item--pending').count()).resolves.toBe(0)
    expect(doc('presence_checkins', { personId: secretary, slot: 'pm' })).toHaveLength(1)
    await page.screenshot({ path: join(RESULTS, 'presence-queue.png') })
  }, 90_000)

  test('a 1-day leave is asked for by the cadre and approved by the township leader the rule names', async () => {
    await actAs('demo-member')
    await page.locator('.link-leave').click()
    await page.locator('.leave-start-today').click()
    await page.locator('.leave-type--personal').click()
    await page.locator('.leave-reason textarea').fill('送孩子就医')
    await page.locator('.leave-submit').click()
    await page.locator('.leave-message', { hasText: '已提交，等待审批' }).waitFor({ timeout: 30_000 })
    await textOf(page.locator('.leave-item--pending').first()).toContain('乡镇党委审批')
    const [leave] = doc<{ _id: string; status: string }>('presence_leaves', {
      personId: personId('demo-member'),
      status: 'pending',
    })
    // The county admin is not the approver of a short leave.
    const asAdmin = (await cloud.call('presence', 'listLeaves', { box: 'approve' }, 'demo-admin')) as {
      data: { items: Array<{ id: string; canDecide: boolean }> }
    }
    expect(asAdmin.data.items.find((l) => l.id === leave._id)?.canDecide ?? false).toBe(false)

    // The village team's 队长 (the first secretary) passes it on to the township first.
    const byLeader = (await cloud.call(
      'presence',
      'decideLeave',
      { leaveId: leave._id, decision: 'approved', comment: '同意' },
      'demo-secretary',
    )) as { ok: boolean }
    expect(byLeader.ok).toBe(true)

    await actAs('demo-township')
    await page.locator('.link-approve').click()
    const item = page.locator('.approve-item--pending', { hasText: personName('demo-member') })
    await item.waitFor({ timeout: 30_000 })
    await item.locator('.approve-comment textarea').fill('同意，注意安全')
    await item.locator('.approve-yes').click()
    await page.locator('.approve-message', { hasText: '已批准' }).waitFor({ timeout: 30_000 })
    expect(doc('presence_leaves', { _id: leave._id })[0]).toMatchObject({
      status: 'approved',
      decidedById: personId('demo-township'),
      comment: '同意，注意安全',
    })
  }, 90_000)

  test("the supervisor's today view and the monthly export reflect the check-ins and the leave", async () => {
    await actAs('demo-supervisor')
    await page.locator('.link-today').click()
    await page.locator('.today-village').first().click()
    await page.locator('.today-cadre').first().waitFor({ timeout: 30_000 })
    await textOf(page.locator('.today-cadre--recorded')).toContain(personName('demo-secretary'))
    await textOf(page.locator('.today-cadre--on_leave')).toContain(personName('demo-member'))
    await page.waitForTimeout(500) // let the page's slide-in finish for the screenshot
    await page.screenshot({ path: join(RESULTS, 'presence-today.png') })

    // The app saves the file under the name the server gave it: the browser's download.
    const download = page.waitForEvent('download', { timeout: 30_000 })
    // H5 keeps the pages below in the DOM: the village page is the last one pushed.
    await page.locator('.export-month').last().click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^驻村工作记实-.+-\d{4}-\d{2}\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(String(await file.path()))
    const ws = wb.getWorksheet('驻村工作记实')!
    const header = (ws.getRow(2).values as unknown[]).map(String)
    const col = (name: string) => header.indexOf(name)
    const rowOf = (name: string) => {
      for (let r = 3; r <= ws.rowCount; r++)
        if (ws.getRow(r).getCell(col('姓名')).value === name) return ws.getRow(r)
      throw new Error(`no row for ${name}`)
    }
    const presentInNovember = doc('presence_days', {
      personId: personId('demo-secretary'),
      month: '2026-11',
      counted: true,
    }).length
    expect(rowOf(personName('demo-secretary')).getCell(col('在村天数')).value).toBe(presentInNovember)
    // The seed's approved leave (3 days) and today's.
    expect(rowOf(personName('demo-member')).getCell(col('请假天数')).value).toBe(4)
    await textOf(page.locator('.export-result').last()).toContain('已生成')
  }, 90_000)
})
