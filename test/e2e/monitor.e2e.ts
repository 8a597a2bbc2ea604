import { join, resolve } from 'node:path'
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { decrypt } from '../../cloudfunctions/src/shared/sensitive'
import { DEV_DATA_KEY } from '../../emulator/seed/dev-key'

/**
 * 防返贫监测 in the browser: a village cadre hands a household its application code; the household
 * applies on the village's public page; the village reviews it and its 公示 starts; after the window the
 * township and the county confirm, and the household is a 监测对象. Its 明白卡 then shows its type,
 * measures and whom to call; a year later its risk is cleared through the same steps.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const VILLAGE_CODE = '411302100200'
/** Monday 7 December 2026, 10:00 in Shanghai; the 公示 then runs 8–12 December. */
const NOW = '2026-12-07T02:00:00.000Z'
const AFTER_WINDOW = '2026-12-15T02:00:00.000Z'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page
/** The household the first journey confirms; the later ones follow it. */
let confirmed: { id: string; headName: string; pairingOpenid: string } | null = null

const actAs = (openid: string | null, hash?: string) => openAs(page, cloud.url, openid, hash)

async function shot(name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true })
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(RESULTS, `monitor-${name}.png`), fullPage: true })
}

/** Passes the case's step from its page, with a note. */
async function passStep(note: string, expectNow: string): Promise<void> {
  await page.locator('.monitor-note textarea').fill(note)
  await page.locator('.monitor-pass').click()
  await page.locator('.monitor-message', { hasText: `当前环节：${expectNow}` }).waitFor({ timeout: 30_000 })
}

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney({ now: NOW }))
  // The shared machine is slow to serve the first load.
  page.setDefaultTimeout(90_000)
  page.setDefaultNavigationTimeout(90_000)
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test('a household applies with the village’s code and is confirmed a 监测对象 through every step', async () => {
  // A 脱贫户 not yet monitored (the seed's village also has 监测对象).
  // One paired with demo-pairing, so its 帮扶责任人 can sign in later to choose the card's phone.
  const [pairingCadre] = cloud.cloud.db.find('people', { openid: 'demo-pairing' })
  const withCase = new Set(cloud.cloud.db.find('monitor_cases', {}).map((c) => String(c.householdId)))
  const h = cloud.cloud.db
    .find('households', { villageId: 'u-411302100200', kind: 'lifted' })
    .find(
      (x) =>
        !withCase.has(String(x._id)) &&
        ((x.pairingCadreIds as string[] | undefined) ?? []).includes(String(pairingCadre._id)),
    )
  if (!h) throw new Error('no 脱贫户 of demo-pairing without a case')
  // The village cadre picks the household and hands its head a code.
  await actAs('demo-village', '/packages/monitor/pages/start/index')
  await page
    .locator('.monitor-household', { hasText: String(h.headName) })
    .first()
    .click()
  await page.locator('.monitor-issue-code').click()
  const code = (await page.locator('.monitor-code .zc-m__code').innerText({ timeout: 30_000 })).trim()
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/)

  // The household applies on its village's public page, no binding.
  await actAs(null, `/packages/monitor/pages/apply/index?v=${VILLAGE_CODE}`)
  await page.locator('.apply-id input').fill(decrypt(String(h.idEnc), DEV_DATA_KEY))
  await page.locator('.apply-phone input').fill(decrypt(String(h.phoneEnc), DEV_DATA_KEY))
  await page.locator('.apply-code input').fill(code)
  await page.locator('.apply-risk-illness').click()
  await page.locator('.apply-income input').fill('4200')
  await page.locator('.apply-text textarea').fill('老伴住院做手术，自付三万多')
  await page.locator('.apply-submit').click()
  await page.locator('.monitor-apply-sent').waitFor({ timeout: 30_000 })
  await shot('applied')
  const [stored] = cloud.cloud.db.find('monitor_cases', { householdId: h._id })
  expect(stored).toMatchObject({ source: 'self', step: 'candidate' })

  // The first secretary reviews it at the village: type, note; the 公示 starts tomorrow.
  await actAs('demo-secretary', '/packages/monitor/pages/cases/index')
  await page.locator('.monitor-case').first().click()
  await page.locator('.monitor-type-sudden').click()
  await passStep('经村民代表会议评议，同意纳入', '村级评议')
  await page.locator('.monitor-notice', { hasText: '2026-12-08 至 2026-12-12' }).waitFor({ timeout: 30_000 })
  await page.locator('.monitor-why', { hasText: '期满后方可确认' }).waitFor({ timeout: 30_000 })
  await shot('publicity')

  // After the window: the village confirms, the township audits, the county confirms.
  cloud.cloud.invoker.env.ZHUCUN_NOW = AFTER_WINDOW
  const url = `/packages/monitor/pages/case/index?id=${String(stored._id)}`
  await actAs('demo-secretary', url)
  await passStep('公示期满无异议', '乡镇审核')
  await actAs('demo-township', url)
  await passStep('经审核，情况属实', '县级确认')
  await actAs('demo-admin', url)
  await passStep('同意纳入监测', '已完成')
  await shot('confirmed')
  expect(cloud.cloud.db.find('households', { _id: h._id })[0]).toMatchObject({
    kind: 'monitored',
    monitorType: 'sudden',
  })
  const pairingIds = (h.pairingCadreIds as string[] | undefined) ?? []
  const [pairing] = cloud.cloud.db.find('people', { _id: pairingIds[0] })
  confirmed = {
    id: String(h._id),
    headName: String(h.headName),
    pairingOpenid: String(pairing?.openid ?? ''),
  }
}, 600_000)

/** The 帮扶责任人 chooses a work phone through the 我的 page's action (the secretary uses the page). */
async function showWorkPhone(openid: string, workPhone: string): Promise<void> {
  const res = (await cloud.call('org', 'setCardPhone', { choice: 'work', workPhone }, openid)) as {
    ok: boolean
  }
  expect(res.ok).toBe(true)
}

test('the 明白卡 shows the household’s type, its measures and the work phones of its 帮扶责任人 and 第一书记', async () => {
  if (!confirmed) throw new Error('the first journey did not confirm a household')
  const h = confirmed
  // The first secretary adds a measure on the household page.
  await actAs('demo-secretary', `/packages/visit/pages/household/index?id=${h.id}`)
  await page.locator('.measure-add').last().waitFor({ timeout: 30_000 })
  await page.locator('.measure-type--public_post').last().click()
  await page.locator('.measure-add').last().click()
  await page.locator('.measure-row', { hasText: '公益岗位' }).last().waitFor({ timeout: 30_000 })
  // Each cadre chooses the number the household may call.
  await showWorkPhone(h.pairingOpenid, '0377-63120001')
  // The first secretary chooses on the 我的 page, as a cadre does.
  await actAs('demo-secretary', '/pages/me/index')
  await page.locator('.card-phone-choice--work').click()
  await page.locator('.card-phone-work input').fill('0377-63120002')
  await page.locator('.card-phone-save').click()
  await page.locator('.card-phone-msg', { hasText: '已保存' }).waitFor({ timeout: 30_000 })
  const card = (await cloud.call('visit', 'issueCard', { householdId: h.id }, h.pairingOpenid)) as {
    ok: boolean
    data: { code: string }
  }
  expect(card.ok).toBe(true)
  // Anyone with the card opens it, no sign-in.
  await actAs(null, `/packages/visit/pages/card/index?code=${card.data.code}`)
  await page.locator('.visit-card').waitFor({ timeout: 30_000 })
  const text = await page.locator('.visit-card').innerText()
  expect(text).toContain('农户类型：监测对象（突发严重困难户）')
  await expect(page.locator('.card-measures').innerText()).resolves.toContain('公益岗位（计划中）')
  const calls = await page.locator('.card-contact').allInnerTexts()
  expect(calls.find((c) => c.startsWith('帮扶责任人'))).toContain('办公电话 0377-63120001（点击拨打）')
  expect(calls.find((c) => c.startsWith('第一书记'))).toContain('办公电话 0377-63120002（点击拨打）')
  await shot('card')
}, 600_000)

test('a year later the risk is cleared the same way: 村评议 with 公示, 乡镇, 县', async () => {
  if (!confirmed) throw new Error('the first journey did not confirm a household')
  const h = confirmed
  // Monday 6 December 2027; the 公示 then runs 7–11 December.
  cloud.cloud.invoker.env.ZHUCUN_NOW = '2027-12-06T02:00:00.000Z'
  await actAs('demo-village', '/packages/monitor/pages/start/index')
  await page.locator('.monitor-household', { hasText: h.headName }).first().click()
  await page.locator('.monitor-income input').fill('9800')
  await page.locator('.monitor-note textarea').fill('老伴康复，夫妻二人务工收入稳定')
  await page.locator('.monitor-clear').click()
  await page.locator('.monitor-message', { hasText: '已发起风险消除' }).waitFor({ timeout: 30_000 })
  const [c] = cloud.cloud.db.find('monitor_cases', { householdId: h.id, kind: 'clearance' })
  const url = `/packages/monitor/pages/case/index?id=${String(c._id)}`
  // Whoever started it does not review it: the first secretary holds the village review.
  await actAs('demo-secretary', url)
  await passStep('经村民代表会议评议，风险已消除', '村级评议')
  await page.locator('.monitor-notice', { hasText: '2027-12-07 至 2027-12-11' }).waitFor({ timeout: 30_000 })
  await shot('clearance-publicity')

  cloud.cloud.invoker.env.ZHUCUN_NOW = '2027-12-14T02:00:00.000Z'
  await actAs('demo-secretary', url)
  await passStep('公示期满无异议', '乡镇审核')
  await actAs('demo-township', url)
  await passStep('经审核，收入稳定超过监测标准', '县级确认')
  await actAs('demo-admin', url)
  await passStep('同意风险消除', '已完成')
  await shot('cleared')
  expect(cloud.cloud.db.find('households', { _id: h.id })[0]).toMatchObject({ kind: 'lifted' })
  // The household keeps its history: both cases stay on record.
  expect(cloud.cloud.db.find('monitor_cases', { householdId: h.id }).map((x) => [x.kind, x.step])).toEqual([
    ['inclusion', 'done'],
    ['clearance', 'done'],
  ])
}, 600_000)
