import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'

/**
 * 问责升级审批 end to end: the demo seed holds one pending 通报 proposal; a township leader sees it
 * without the right to decide; the county supervisor must give a comment, approves it, and the
 * record and the page both show the decision.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const COMMENT = `已核实两次驳回情况，予以通报（端到端 ${Date.now().toString(36)}）`

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

interface EscalationRecord {
  _id: string
  personName: string
  status: string
  comment: string | null
  decidedByName: string | null
}

const escalations = () => cloud.cloud.db.find('escalations', {}) as unknown as EscalationRecord[]

const actAs = (openid: string, hash?: string) => openAs(page, cloud.url, openid, hash)

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney())
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test('a supervisor approves the pending escalation with a comment, and the record and the page show it decided', async () => {
  const pending = escalations().filter((e) => e.status === 'pending')
  expect(pending).toHaveLength(1)
  const [proposal] = pending

  // A township leader sees the proposal in scope but the county decides it.
  await actAs('demo-township')
  await page.locator('.rect-entry-escalations').click()
  await page.locator('.escalation--pending', { hasText: proposal.personName }).waitFor({ timeout: 30_000 })
  await expect(page.locator('.escalation-approve').count()).resolves.toBe(0)

  await actAs('demo-supervisor')
  await page.locator('.rect-entry-escalations').click()
  const card = page.locator('.escalation--pending', { hasText: proposal.personName })
  await card.waitFor({ timeout: 30_000 })
  await textOf(card.locator('.escalation-step')).toBe('建议通报')
  await textOf(card.locator('.escalation-strikes')).toContain('第 1 次')

  // No comment, no decision.
  await card.locator('.escalation-approve').click()
  await page.locator('.escalation--pending .zc-r__warn', { hasText: '请填写审批意见' }).waitFor()
  expect(escalations().find((e) => e._id === proposal._id)?.status).toBe('pending')

  await card.locator('.escalation-comment textarea').fill(COMMENT)
  await card.locator('.escalation-approve').click()
  const decided = page.locator('.escalation--approved', { hasText: proposal.personName })
  await decided.waitFor({ timeout: 30_000 })
  await textOf(decided.locator('.escalation-status')).toBe('已批准')
  await textOf(decided.locator('.escalation-decided')).toContain(COMMENT)
  await page.locator('.escalation-message', { hasText: '已批准' }).waitFor()

  const stored = escalations().find((e) => e._id === proposal._id)
  expect(stored).toMatchObject({ status: 'approved', comment: COMMENT, decidedByName: '督查组长' })
  const audit = cloud.cloud.db.find('audit_log', { targetType: 'escalation', targetId: proposal._id })
  expect(audit).toHaveLength(1)

  // Read again: gone from 待审批, listed under 已批准.
  await page.locator('.escalation-filter--approved').click()
  await page.locator('.escalation--approved', { hasText: COMMENT }).waitFor({ timeout: 30_000 })
  await page.locator('.escalation-filter--pending').click()
  await page.locator('.zc-paged--empty', { hasText: '暂无待审批' }).waitFor({ timeout: 30_000 })
  await page.screenshot({ path: join(RESULTS, 'escalation.png'), fullPage: true })
})
