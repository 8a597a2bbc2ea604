import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, writeCameraPhoto, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'

/**
 * 整改台账 end to end: a supervisor registers and dispatches an item with a before-photo; the
 * first secretary signs, photographs the fix and applies to close; the supervisor rejects once,
 * then closes; the ledger and the exported xlsx carry the whole history.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const PHOTO = join(RESULTS, 'rectify-photo.jpg')
const PROBLEM = `村卫生室药品台账不全（端到端 ${Date.now().toString(36)}）`

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

const personName = (openid: string) => String(cloud.cloud.db.find('people', { openid })[0].name)

const actAs = (openid: string, hash?: string) => openAs(page, cloud.url, openid, hash)

/** Feeds the test photo to the camera's file chooser that `click` opens. */
async function shoot(selector: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator(selector).click()])
  await chooser.setFiles(PHOTO)
}

async function state(label: string): Promise<void> {
  await page.locator('.rect-detail-state', { hasText: `【${label}】` }).waitFor({ timeout: 30_000 })
}

async function act(action: string, comment?: string): Promise<void> {
  if (comment) await page.locator('.rect-comment textarea').fill(comment)
  await page.locator(`.rect-action--${action}`).click()
}

async function applyClose(description: string): Promise<void> {
  await page.locator('.rect-close-description textarea').fill(description)
  await shoot('.rect-after-shoot')
  await page.locator('.rect-after-count', { hasText: '已拍 1 张' }).waitFor({ timeout: 30_000 })
  await act('applyClose')
  await state('申请销号')
}

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({
    geolocation: { latitude: 33.0, longitude: 112.5, accuracy: 15 },
  }))
  await writeCameraPhoto(page, PHOTO)
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test('an item is registered, dispatched, signed, rejected once, closed, and the ledger and export show it all', async () => {
  const secretary = personName('demo-secretary')

  await actAs('demo-supervisor')
  await page.locator('.rect-entry-register').click()
  await page.locator('.rect-village').first().click()
  await page.locator('.rect-source--inspection').click()
  await page.locator('.rect-category--policy').click()
  await page.locator('.rect-problem textarea').fill(PROBLEM)
  await page.locator('.rect-target textarea').fill('台账完整、账物相符')
  await page.locator('.rect-measures textarea').fill('逐项登记药品出入库，每月核对')
  await page.locator('.rect-unit input').fill('村党支部')
  await page.locator('.rect-person', { hasText: secretary }).click()
  await page.locator('.rect-deadline--15').click()
  await shoot('.rect-before-shoot')
  await page.locator('.rect-before-count', { hasText: '1' }).waitFor({ timeout: 30_000 })
  await page.locator('.rect-register-dispatch').click()
  await state('已派发')
  const itemId = new URL(page.url().replace('#', '')).searchParams.get('id')
  expect(itemId).toMatch(/^rect-/)
  const detail = `/packages/rectify/pages/detail/index?id=${itemId}`

  await actAs('demo-secretary', detail)
  await state('已派发')
  await act('sign')
  await state('已签收')
  await applyClose('已补齐药品台账')

  await actAs('demo-supervisor', detail)
  await state('申请销号')
  await page.locator('.rect-after-photo').first().waitFor()
  await expect(page.locator('.rect-photo-far').count()).resolves.toBe(0)
  // The reviewer sees the server's record of the upload beside what the phone claimed.
  await textOf(page.locator('.rect-after-photo .rect-photo-server').first()).toMatch(
    /上传 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（.+）/,
  )
  await textOf(page.locator('.rect-after-photo .rect-photo-claimed').first()).toMatch(
    /拍摄 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/,
  )
  await act('startReview')
  await state('复核中')
  await act('reject', '缺少出入库记录照片')
  await state('整改中')

  await actAs('demo-secretary', detail)
  await state('整改中')
  await applyClose('补拍出入库记录')

  await actAs('demo-supervisor', detail)
  await act('startReview')
  await state('复核中')
  await act('close', '现场核实，整改到位')
  await state('已销号')
  const labels = await page.locator('.rect-event-label').allTextContents()
  expect(labels).toEqual([
    '挂号',
    '派发',
    '签收',
    '申请销号',
    '开始复核',
    '驳回',
    '申请销号',
    '开始复核',
    '销号',
  ])
  await expect(page.locator('.rect-before-photo').count()).resolves.toBe(1)
  await expect(page.locator('.rect-after-photo').count()).resolves.toBe(1)
  await page.screenshot({ path: join(RESULTS, 'rectify-detail.png'), fullPage: true })

  await page.goto(`${cloud.url}/#/packages/rectify/pages/ledger/index`)
  await page.locator('.rect-filter-state--closed').click()
  await page.locator('.rect-item', { hasText: PROBLEM }).waitFor({ timeout: 30_000 })
  // The browser opens the file in a new tab (a download); read the same file from the store by the
  // fileID the export logged.
  await page.locator('.rect-export').click()
  await page.locator('.rect-export-message', { hasText: '已导出' }).waitFor({ timeout: 30_000 })
  const [logged] = cloud.cloud.db.find(
    'audit_log',
    { targetType: 'rectify_export' },
    { sort: { at: -1 }, limit: 1 },
  )
  const xlsx = cloud.cloud.store.download(String(logged.targetId)).bytes
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer)
  const rows = wb.getWorksheet('整改台账')!.getSheetValues() as unknown[][]
  const row = rows.find((r) => Array.isArray(r) && r[4] === PROBLEM)
  expect(row).toBeDefined()
  const progress = String(row![9])
  for (const step of ['【已销号】', '挂号', '派发', '签收', '驳回', '缺少出入库记录照片', '销号'])
    expect(progress).toContain(step)
  expect([row![2], row![7], row![11]]).toEqual(['督查', secretary, '督查组长'])
  expect(String(row![12])).toMatch(/整改前1：http.*整改后1：http/s)
})
