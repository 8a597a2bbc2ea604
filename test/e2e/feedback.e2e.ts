import { join, resolve } from 'node:path'
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'

/**
 * 国办函〔2026〕12号 in the browser: a villager sends a suggestion from the village page and reads the
 * organization department's answer there; a conduct problem is closed on the reviewer's written
 * on-site confirmation, with no photo at any step.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const VILLAGE_CODE = '411302100200'
const tag = Date.now().toString(36)

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

const personName = (openid: string) => String(cloud.cloud.db.find('people', { openid })[0].name)

const actAs = (openid: string | null, hash?: string) => openAs(page, cloud.url, openid, hash)

async function shot(name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true })
  await page.waitForTimeout(400) // let the page's slide-in transition finish
  await page.screenshot({ path: join(RESULTS, `feedback-${name}.png`), fullPage: true })
}

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney())
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test('a villager sends a suggestion from the village page and reads the answer there', async () => {
  const suggestion = `建议公示栏字体再大一些，老年人看不清（${tag}）`
  await actAs(null)
  await page.locator('.villager-entry').click()
  const village = cloud.cloud.db.find('org_units', { code: VILLAGE_CODE })[0] as { name: string }
  await page.locator('.village-option', { hasText: village.name }).click()
  await page.locator('.villager-feedback').click()
  await page.locator('.feedback-kind--suggestion').click()
  await page.locator('.feedback-text textarea').fill(suggestion)
  await page.locator('.feedback-contact input').fill('13912345678')
  await page.locator('.feedback-submit').click()
  await page.locator('.feedback-message', { hasText: '宛城区委组织部受理' }).waitFor({ timeout: 30_000 })
  await page
    .locator('.feedback-item', { hasText: suggestion })
    .locator('.feedback-status', { hasText: '待处理' })
    .waitFor({ timeout: 30_000 })
  const villager = await page.evaluate(() => window.localStorage.getItem('zhucun.devOpenid'))
  expect(villager).toMatch(/^villager-/)
  const [stored] = cloud.cloud.db.find('feedback', { openid: villager })
  expect(stored).toMatchObject({ personId: null, contactMasked: '139****5678', status: 'pending' })

  // The organization department's admin finds it from 我的, with the contact masked, and answers.
  await actAs('demo-admin', '/pages/me/index')
  await page.locator('.feedback-inbox-entry').click()
  const card = page.locator('.feedback-item', { hasText: suggestion })
  await card.locator('.feedback-contact-masked', { hasText: '139****5678' }).waitFor({ timeout: 30_000 })
  await card.locator('.feedback-start').click()
  await card.locator('.feedback-status', { hasText: '处理中' }).waitFor({ timeout: 30_000 })
  await card.locator('.feedback-reply textarea').fill('已通知各村将公示栏字号调大，感谢您的建议。')
  await card.locator('.feedback-answer-send').click()
  await page.locator('.feedback-message', { hasText: '已答复' }).waitFor({ timeout: 30_000 })
  await shot('inbox')

  // Back as the same WeChat user: the answer is on the villager's own list.
  await actAs(villager, `/packages/feedback/pages/mine/index?villageCode=${VILLAGE_CODE}`)
  const mine = page.locator('.feedback-item', { hasText: suggestion })
  await mine
    .locator('.feedback-answer', { hasText: '已通知各村将公示栏字号调大' })
    .waitFor({ timeout: 30_000 })
  await textOf(mine.locator('.feedback-status')).toBe('已答复')
  await shot('answered')
}, 120_000)

test('a conduct problem is registered, fixed and closed on a written confirmation, with no photo', async () => {
  const problem = `村干部接待群众态度生硬（端到端 ${tag}）`
  const confirmation = '经现场走访群众核实，该同志已当面致歉并在支部会上作出检查'
  const secretary = personName('demo-secretary')

  await actAs('demo-supervisor')
  await page.locator('.rect-entry-register').click()
  await page.locator('.rect-village').first().click()
  await page.locator('.rect-source--inspection').click()
  await page.locator('.rect-category--conduct').click()
  await page.locator('.rect-evidence-kind', { hasText: '无须拍照' }).waitFor({ timeout: 30_000 })
  await page.locator('.rect-problem textarea').fill(problem)
  await page.locator('.rect-target textarea').fill('转变作风，群众满意')
  await page.locator('.rect-measures textarea').fill('当面致歉，支部会上作检查')
  await page.locator('.rect-unit input').fill('村党支部')
  await page.locator('.rect-person', { hasText: secretary }).click()
  await page.locator('.rect-deadline--15').click()
  await page.locator('.rect-register-dispatch').click()
  await page.locator('.rect-detail-state', { hasText: '【已派发】' }).waitFor({ timeout: 30_000 })
  const itemId = new URL(page.url().replace('#', '')).searchParams.get('id')
  const detail = `/packages/rectify/pages/detail/index?id=${itemId}`

  await actAs('demo-secretary', detail)
  await page.locator('.rect-action--sign').click()
  await page.locator('.rect-detail-state', { hasText: '【已签收】' }).waitFor({ timeout: 30_000 })
  await page.locator('.rect-close-description textarea').fill('已当面致歉并作检查')
  await page.locator('.rect-action--applyClose').click()
  await page.locator('.rect-detail-state', { hasText: '【申请销号】' }).waitFor({ timeout: 30_000 })

  await actAs('demo-supervisor', detail)
  await page.locator('.rect-action--startReview').click()
  await page.locator('.rect-detail-state', { hasText: '【复核中】' }).waitFor({ timeout: 30_000 })
  await page.locator('.rect-comment textarea').fill('同意销号')
  // Without a photo or a file, closing waits for the reviewer's written confirmation.
  await page.locator('.rect-action--close.nut-button-disabled').waitFor({ timeout: 30_000 })
  await page.locator('.rect-confirmation textarea').fill(confirmation)
  await page.locator('.rect-action--close:not(.nut-button-disabled)').click()
  await page.locator('.rect-detail-state', { hasText: '【已销号】' }).waitFor({ timeout: 30_000 })
  await page.locator('.rect-detail-confirmation', { hasText: confirmation }).waitFor({ timeout: 30_000 })
  await shot('conduct-closed')
  await expect(page.locator('.rect-before-photo, .rect-after-photo').count()).resolves.toBe(0)
  const [item] = cloud.cloud.db.find('rectify_items', { _id: itemId })
  expect(item).toMatchObject({
    state: 'closed',
    beforePhotos: [],
    afterPhotos: [],
    siteConfirmation: { text: confirmation, byName: personName('demo-supervisor') },
  })
}, 120_000)
