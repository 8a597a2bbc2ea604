import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { startLocalCloud } from '../helpers/local-cloud'
import { launchPhoneBrowser, type PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'

/**
 * Binding a new WeChat user: the county admin issues a code on 绑定管理, a WeChat user the cloud has
 * never seen (dev sign-in → 以新微信用户身份进入) enters it, and lands on that person's workbench.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')
const WAITING = '待绑定队员'

async function signInAs(page: Page, name: string): Promise<void> {
  const item = page.locator('.identity-item', { hasText: name }).first()
  await item.waitFor({ timeout: 30_000 })
  await item.click()
  await page.locator('.person-name').waitFor({ timeout: 30_000 })
}

describe('binding a new WeChat user in the browser', () => {
  let cloud: Awaited<ReturnType<typeof startLocalCloud>>
  let browser: PhoneBrowser

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'h5', 'index.html')))
      throw new Error('dist/h5 is missing: run `npm run build:h5` first')
    cloud = await startLocalCloud({ seed: 'demo' })
    browser = await launchPhoneBrowser()
    mkdirSync(RESULTS, { recursive: true })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await cloud?.stop()
  }, 60_000)

  let code = ''

  test('the county admin issues a binding code for an imported person on 绑定管理', async () => {
    const { page } = browser
    await page.goto(`${cloud.url}/`)
    await page.locator('.unbound .zc-status__action', { hasText: '选择演示身份' }).click()
    await signInAs(page, '组织部管理员')
    await page.getByText('我的', { exact: true }).click()
    await page.locator('.menu-binding').click()
    const row = page.locator('.person-item', { hasText: WAITING }).first()
    await page.locator('.person-item').first().waitFor({ timeout: 30_000 })
    // The list is paged: 加载更多 until the person shows up (the demo county has ~50 unbound people).
    for (let i = 0; i < 10 && (await row.count()) === 0; i++) {
      await page.locator('.load-more').last().click()
      await page.waitForTimeout(500)
    }
    await row.waitFor({ timeout: 30_000 })
    await row.locator('.issue-code').click()
    const value = page.locator('.issued-code__value')
    await value.waitFor({ timeout: 30_000 })
    code = ((await value.textContent()) ?? '').trim()
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/)
    await page.screenshot({ path: join(RESULTS, 'bind-admin-code.png') })
  }, 90_000)

  test("a WeChat user never seen before enters the code and sees that person's workbench", async () => {
    const { page } = browser
    expect(code).not.toBe('')
    await page.goto(`${cloud.url}/#/packages/dev/pages/sign-in/index`)
    await page.locator('.new-wechat-user').click()
    await page.getByText('尚未绑定身份').waitFor({ timeout: 30_000 })
    const openid = await page.evaluate(() => window.localStorage.getItem('zhucun.devOpenid'))
    expect(openid).toMatch(/^o-dev-/)

    await page.locator('.unbound .bind-entry').click()
    await page.locator('.bind-code input').fill(code.toLowerCase())
    await page.locator('.bind-submit').click()

    await page.locator('.person-name').waitFor({ timeout: 30_000 })
    await textOf(page.locator('.person-name')).toBe(WAITING)
    await textOf(page.locator('.person-roles')).toBe('驻村干部 · 工作队员')
    const [person] = cloud.cloud.db.find('people', { name: WAITING }) as Array<{
      openid: string
      homeUnitId: string
    }>
    expect(person.openid).toBe(openid)
    const [village] = cloud.cloud.db.find('org_units', { _id: person.homeUnitId }) as Array<{ name: string }>
    await textOf(page.locator('.person-scope')).toContain(village.name)
    await page.screenshot({ path: join(RESULTS, 'bind-new-user-home.png') })
  }, 90_000)

  test('the code cannot be used a second time', async () => {
    const res = (await cloud.call('org', 'bindWithCode', { code }, 'o-someone-else')) as {
      ok: boolean
      error?: { code: string }
    }
    expect(res).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
