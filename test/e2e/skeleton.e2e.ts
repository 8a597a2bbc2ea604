import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { startLocalCloud } from '../helpers/local-cloud'
import { launchPhoneBrowser, type PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'

/**
 * The walking skeleton: open the H5 app served by the local cloud, pick a demo identity on the dev
 * sign-in page, and see that person's workbench. Elements are found by the class names the pages
 * give them (`identity-item`, `person-name`, `count-item` …), since Taro's H5 renders custom elements.
 */
const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'test-results')

interface Identity {
  openid: string
  name: string
  roles: string[]
  scopeLabel: string
}
interface WorkbenchEnvelope {
  ok: boolean
  data: {
    person: { name: string; phoneMasked: string }
    roles: Array<{ label: string; postLabel?: string; units: Array<{ name: string }> }>
    scopeLabel: string
    counts: Array<{ key: string; label: string; value: number }>
  }
}

describe('walking skeleton in the browser', () => {
  let cloud: Awaited<ReturnType<typeof startLocalCloud>>
  let browser: PhoneBrowser

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'h5', 'index.html')))
      throw new Error('dist/h5 is missing: run `npm run build:h5` first')
    cloud = await startLocalCloud({ seed: 'demo' })
    browser = await launchPhoneBrowser()
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await cloud?.stop()
  }, 60_000)

  test('a first secretary picked on the dev sign-in page sees their name, role, scope and counts on 工作台', async () => {
    const { page } = browser
    const listed = (await (await fetch(`${cloud.url}/dev/identities`)).json()) as { identities: Identity[] }
    const secretary = listed.identities.find((i) => i.roles.some((r) => r.includes('第一书记')))
    if (!secretary) throw new Error('the demo seed has no first secretary')
    const expected = (await cloud.call('org', 'getWorkbench', {}, secretary.openid)) as WorkbenchEnvelope
    expect(expected.ok).toBe(true)

    await page.goto(`${cloud.url}/`)
    await page.getByText('尚未绑定身份').waitFor({ timeout: 30_000 })
    // The NutUI button wraps its label; click the button element itself.
    await page.locator('.unbound .zc-status__action', { hasText: '选择演示身份' }).click()

    const item = page.locator('.identity-item', { hasText: secretary.name }).first()
    await item.waitFor({ timeout: 30_000 })
    await item.click()

    await page.locator('.person-name').waitFor({ timeout: 30_000 })
    await textOf(page.locator('.person-name')).toBe(expected.data.person.name)
    const roles = (await page.locator('.person-roles').textContent()) ?? ''
    for (const role of expected.data.roles) {
      expect(roles).toContain(role.label)
      if (role.postLabel) expect(roles).toContain(role.postLabel)
    }
    expect(roles).toContain('第一书记')
    await textOf(page.locator('.person-scope')).toContain(expected.data.scopeLabel)

    await expect(page.locator('.count-item').count()).resolves.toBe(expected.data.counts.length)
    for (const count of expected.data.counts) {
      const cell = page.locator(`.count-item--${count.key}`)
      await textOf(cell).toBe(`${count.value}${count.label}`)
    }
    await expect(page.evaluate(() => window.localStorage.getItem('zhucun.devOpenid'))).resolves.toBe(
      secretary.openid,
    )

    mkdirSync(RESULTS, { recursive: true })
    await page.screenshot({ path: join(RESULTS, 'skeleton-home.png') })
  }, 60_000)

  test('the 我的 tab shows the same person with a masked phone and the units of each role', async () => {
    const { page } = browser
    await page.getByText('我的', { exact: true }).click()
    const phone = page.locator('.phone-masked')
    await phone.waitFor({ timeout: 30_000 })
    await textOf(phone).toMatch(/\d{3}\*{4}\d{4}/)
    await expect(page.locator('.role-item').count()).resolves.toBeGreaterThan(0)
    await expect(page.locator('.me-page .switch-identity').count()).resolves.toBe(1)
    await page.screenshot({ path: join(RESULTS, 'skeleton-me.png') })
  }, 60_000)
})
