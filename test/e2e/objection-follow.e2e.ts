import { z } from 'zod'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import { PHONE_390, type PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'

/**
 * No dead ends around a 公示's objections, on a 390×844 phone: a villager attaches a photo from the
 * album — a large PNG, turned into a small JPEG on the phone — and objects with a contact; the village cadre who published the notice
 * follows the objection (masked, waiting for the township); the township leader calls the objector
 * back after writing a reason, which the audit log keeps.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const PNG = join(RESULTS, 'objection-photo.png')
const NOTICE = 'ntc-demo-dibao'
const CONTACT = '13712340099'
/** The demo notices' window: 2026-11-20, 09:00 in Shanghai. */
const NOW = '2026-11-20T01:00:00.000Z'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

const actAs = (openid: string | null, hash: string) => openAs(page, cloud.url, openid, hash)

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: NOW, viewport: PHONE_390 }))
  mkdirSync(RESULTS, { recursive: true })
  await page.goto(`${cloud.url}/`)
  // A noisy 1600×1200 PNG: well over the 200 KB a photo may weigh.
  const png = await page.evaluate(() => {
    const c = document.createElement('canvas')
    c.width = 1600
    c.height = 1200
    const g = c.getContext('2d')
    if (!g) throw new Error('no canvas')
    const img = g.createImageData(c.width, c.height)
    for (let i = 0; i < img.data.length; i++) img.data[i] = (i * 7919) % 251
    g.putImageData(img, 0, 0)
    return c.toDataURL('image/png')
  })
  writeFileSync(PNG, Buffer.from(png.split(',')[1], 'base64'))
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

/** An objection with a contact, raised as a villager through the public action. */
async function seedObjection(): Promise<void> {
  const res = (await cloud.call(
    'notice',
    'submitObjection',
    { noticeId: NOTICE, text: '名单中孙某某家已有人在外务工，请核实。', contact: CONTACT },
    'villager-follow-e2e',
  )) as { ok: boolean }
  if (!res.ok) throw new Error(`could not raise the objection: ${JSON.stringify(res)}`)
}

async function choosePhoto(file: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.objection-photo').click(),
  ])
  await chooser.setFiles(file)
}

describe('following an objection in the browser', () => {
  test("a villager's large PNG from the album goes up as a JPEG under 200 KB, converted on the phone", async () => {
    await actAs(null, `/packages/notice/pages/public-detail/index?id=${NOTICE}`)
    await page.locator('.objection-text-input textarea').waitFor({ timeout: 30_000 })
    await choosePhoto(PNG)
    await page.locator('.objection-photo', { hasText: '已选照片' }).waitFor({ timeout: 30_000 })
    await page.locator('.objection-text-input textarea').fill('名单中钱某某家有两辆货车，请核实。')
    await page.locator('.objection-contact-input input').fill(CONTACT)
    await page.locator('.objection-submit').click()
    await page.locator('.objection-message', { hasText: '异议已提交' }).waitFor({ timeout: 30_000 })
    const [stored] = z
      .array(z.object({ photoFileId: z.string() }))
      .parse(cloud.cloud.db.find('notice_objections', { text: { $regex: '钱某某' } }))
    expect(stored.photoFileId).toMatch(/\.jpg$/)
    const { bytes } = cloud.cloud.store.download(stored.photoFileId)
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
    expect(bytes.length).toBeLessThanOrEqual(200 * 1024)
  }, 120_000)

  test('the village cadre who published the notice follows the objection, masked, without answering it', async () => {
    await seedObjection()
    await actAs('demo-village', `/packages/notice/pages/objections/index?noticeId=${NOTICE}`)
    const card = page.locator('.objection-item', { hasText: '孙某某' })
    await card.waitFor({ timeout: 30_000 })
    await textOf(card.locator('.objection-follow')).toContain('等待乡镇答复')
    await expect(card.locator('.objection-reply-send').count()).resolves.toBe(0)
    await expect(card.textContent()).resolves.not.toContain(CONTACT)
    await page.screenshot({ path: join(RESULTS, 'objection-follow.png') })
  }, 90_000)

  test('the township leader writes why, then sees the contact to call back; the audit log keeps the reason', async () => {
    await actAs('demo-township', `/packages/notice/pages/objections/index?noticeId=${NOTICE}`)
    const card = page.locator('.objection-item', { hasText: '孙某某' })
    await card.waitFor({ timeout: 30_000 })
    await card.locator('.objection-reveal-reason textarea').fill('电话回访核实车辆情况')
    await card.locator('.objection-reveal-send').click()
    await card.locator('.objection-contact-full', { hasText: CONTACT }).waitFor({ timeout: 30_000 })
    const entries = z
      .array(z.object({ summary: z.string(), actorOpenid: z.string() }))
      .parse(cloud.cloud.db.find('audit_log', { action: 'revealObjectionContact' }))
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ actorOpenid: 'demo-township' })
    expect(entries[0].summary).toContain('电话回访核实车辆情况')
    await page.screenshot({ path: join(RESULTS, 'objection-reveal.png') })
  }, 90_000)
})
