import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'

/**
 * Notices end to end: a supervisor's 催办 to a filtered group with read receipts (one cadre accepted
 * WeChat pushes, one has no grant and gets the inbox only); a villager reads a 公示 without signing
 * in and objects; a notice naming a full ID number is refused.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
// The demo seed's 低保 notice is in its window on this day.
const NOW = '2026-11-20T01:00:00.000Z'
const FULL_ID = '411302198807150038'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

const person = (openid: string) =>
  cloud.cloud.db.find('people', { openid })[0] as { _id: string; name: string }

const actAs = (openid: string | null, hash?: string) => openAs(page, cloud.url, openid, hash)

async function shot(name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true })
  await page.waitForTimeout(400) // let the page's slide-in transition finish
  await page.screenshot({ path: join(RESULTS, `notice-${name}.png`) })
}

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: NOW }))
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

describe('notices in the browser', () => {
  test('a cadre turns on WeChat reminders from the inbox with one tap', async () => {
    await actAs('demo-multi', '/packages/notice/pages/inbox/index')
    await page.locator('.inbox-subscribe').click()
    const granted = () =>
      cloud.cloud.db.find('notice_grants', { openid: 'demo-multi', count: { $gt: 0 } }).length
    for (let i = 0; i < 100 && granted() < 2; i++) await page.waitForTimeout(300)
    expect(granted()).toBe(2)
    expect(cloud.cloud.outbox.grantsOf('demo-multi', 'TPL-URGE-PLACEHOLDER')).toBe(1)
  }, 60_000)

  test('a supervisor urges the cadres with unvisited households; the one with a grant gets a push, the other the inbox only; receipts show who read it', async () => {
    await actAs('demo-supervisor')
    await page.locator('.notice-entry-urge').click()
    await page.locator('.urge-filter--unvisited_month').click()
    await page.locator('.urge-preview').click()
    const pairing = person('demo-pairing')
    const multi = person('demo-multi')
    await page.locator('.urge-recipient--on', { hasText: pairing.name }).waitFor({ timeout: 30_000 })
    await page.locator('.urge-recipient--on', { hasText: multi.name }).waitFor({ timeout: 30_000 })
    await page.locator('.urge-title input').fill('本月走访请抓紧')
    await page.locator('.urge-body textarea').fill('本月还有结对户未走访，请月底前完成并上传走访记录。')
    await page.locator('.urge-send').click()
    await page.locator('.receipts-summary', { hasText: '已读 0 人' }).waitFor({ timeout: 30_000 })
    await page
      .locator('.receipt-item', { hasText: pairing.name })
      .filter({ hasText: '未订阅，仅站内消息' })
      .waitFor()
    await page
      .locator('.receipt-item', { hasText: multi.name })
      .filter({ hasText: '已推送微信消息' })
      .waitFor()
    // What WeChat would deliver, as the console's outbox tab shows it.
    const outbox = (await (await fetch(`${cloud.url}/console/api/outbox`)).json()) as {
      entries: Array<{ touser: string; errCode: number; data: Record<string, { value: string }> }>
    }
    expect(
      outbox.entries
        .filter((e) => e.touser === 'demo-multi' && e.errCode === 0)
        .map((e) => e.data.thing1.value),
    ).toEqual(['【催办】本月走访请抓紧'])
    expect(outbox.entries.some((e) => e.touser === 'demo-pairing')).toBe(false)

    await actAs('demo-pairing', '/packages/notice/pages/inbox/index')
    const item = page.locator('.inbox-item--unread', { hasText: '【催办】本月走访请抓紧' })
    await item.waitFor({ timeout: 30_000 })
    await item.click()
    await page
      .locator('.inbox-item--read', { hasText: '【催办】本月走访请抓紧' })
      .waitFor({ timeout: 30_000 })

    await actAs('demo-supervisor', '/packages/notice/pages/urge/index')
    await page.locator('.urge-sent-item', { hasText: '本月走访请抓紧' }).click()
    await page.locator('.receipt-item--read', { hasText: pairing.name }).waitFor({ timeout: 30_000 })
    await textOf(page.locator('.receipts-summary')).toContain('已读 1 人')
    await shot('receipts')
  }, 90_000)

  test('a villager opens the app without signing in, picks the village, reads the 低保 notice and objects', async () => {
    await actAs(null)
    await page.locator('.villager-entry').click()
    const village = cloud.cloud.db.find('org_units', { code: '411302100200' })[0] as { name: string }
    await page.locator('.village-option', { hasText: village.name }).click()
    await page.locator('.public-notice--open', { hasText: '低保对象拟定名单公示' }).click()
    await page.locator('.public-body', { hasText: '4113**********0012' }).waitFor({ timeout: 30_000 })
    await page
      .locator('.objection-text-input textarea')
      .fill('名单中赵某某家新建了楼房，请核实是否符合低保条件。')
    await page.locator('.objection-contact-input input').fill('13712345678')
    await page.locator('.objection-submit').click()
    await page.locator('.objection-message', { hasText: '异议已提交' }).waitFor({ timeout: 30_000 })
    await shot('objection')
    const [stored] = cloud.cloud.db.find('notice_objections', { text: { $regex: '赵某某' } })
    expect(stored).toMatchObject({ noticeId: 'ntc-demo-dibao', contactMasked: '137****5678', status: 'open' })
    expect(
      cloud.cloud.db.find('inbox', { refId: stored._id, personId: person('demo-township')._id }),
    ).toHaveLength(1)
    // The village is remembered: next time the list opens directly.
    await page.goto(`${cloud.url}/#/packages/notice/pages/villager/index`)
    await page.reload()
    await page.locator('.villager-village', { hasText: village.name }).waitFor({ timeout: 30_000 })
  }, 90_000)

  test('a village cadre cannot publish a notice that names a full ID number', async () => {
    await actAs('demo-village')
    await page.locator('.notice-entry-manage').click()
    await page.locator('.notice-new').click()
    await page.locator('.notice-unit').first().click()
    await page.locator('.notice-title input').fill('2026年脱贫户退出名单公示')
    await page.locator('.notice-body textarea').fill(`拟退出户：张三，身份证 ${FULL_ID}。`)
    await page
      .locator('.notice-warning', { hasText: '身份证号 4113**********0038' })
      .waitFor({ timeout: 30_000 })
    await page.locator('.notice-publish').click()
    await page
      .locator('.notice-message', { hasText: '正文含未打码的身份证号 4113**********0038' })
      .waitFor({ timeout: 30_000 })
    await shot('refused')
    expect(cloud.cloud.db.find('public_notices', { title: '2026年脱贫户退出名单公示' })).toHaveLength(0)
  }, 90_000)
})
