import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'

/**
 * 本县设置 end to end: the county admin opens the settings from 我的, tries to switch the daily presence
 * reminder on without a reason (refused, nothing stored), writes the reason, saves, and sees the change
 * with its reason in the page's change history and in the audit log.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const COUNTY = 'u-411302'
const REASON = `防汛期间加强在岗管理（端到端 ${Date.now().toString(36)}）`

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

const actAs = (openid: string, hash: string) => openAs(page, cloud.url, openid, hash)

const policies = () => cloud.cloud.db.find('presence_policies', { _id: COUNTY })

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney())
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test('the county admin switches daily reminders on: refused without a reason, accepted with one, and the change is in the history', async () => {
  await actAs('demo-admin', '/pages/me/index')
  await page.locator('.menu-settings').click()
  const reminders = page.locator('.cs-section--reminders')
  await reminders.waitFor({ timeout: 30_000 })
  await page.locator('.cs-history-empty', { hasText: '尚无修改' }).waitFor()
  await textOf(reminders.locator('.cs-source')).toContain('默认规则')
  await textOf(page.locator('.radius-range')).toContain('100–3000 米')

  // Off by default; switching it on asks for a reason, and saving without one is refused.
  await reminders.locator('.reminders-presence').click()
  await reminders.locator('.cs-reason__hint', { hasText: '开启每日在村记录提醒' }).waitFor()
  await reminders.locator('.reminders-save').click()
  await reminders
    .locator('.reminders-msg', { hasText: '从严设置须写明理由：开启每日在村记录提醒' })
    .waitFor({ timeout: 30_000 })
  expect(policies()).toEqual([])
  expect(cloud.cloud.db.count('audit_log', { targetType: 'county_policy' })).toBe(0)

  await reminders.locator('.reminders-reason textarea').fill(REASON)
  await reminders.locator('.reminders-save').click()
  await page.locator('.reminders-msg', { hasText: '已保存，并记入修改记录' }).waitFor({ timeout: 30_000 })
  const saved = page.locator('.cs-section--reminders')
  await textOf(saved.locator('.cs-source')).toContain('本县设置 · 从严')
  await textOf(saved.locator('.cs-head__reason')).toBe(`理由：${REASON}`)
  const entry = page.locator('.cs-history-item', { hasText: `提醒：每日在村记录提醒开启；理由：${REASON}` })
  await entry.waitFor({ timeout: 30_000 })
  await textOf(entry).toContain('组织部管理员')

  expect(policies()[0]).toMatchObject({ reminders: { presenceDaily: true, reason: REASON } })
  const audit = cloud.cloud.db.find('audit_log', { targetType: 'county_policy', targetId: COUNTY })
  expect(audit).toEqual([
    expect.objectContaining({
      fn: 'org',
      action: 'updateSettings',
      summary: `提醒：每日在村记录提醒开启；理由：${REASON}`,
    }),
  ])
  await page.screenshot({ path: join(RESULTS, 'settings.png'), fullPage: true })
})
