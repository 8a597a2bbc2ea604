import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { addPerson } from '../functions/org/fixtures'

/**
 * 指挥体系 end to end: the county admin sets up the county's 指挥部 from the unit's 指挥体系与挂职 page,
 * opens it, adds a 指挥长 found by name, and a county supervisor sees the body and its leader.
 */
const COUNTY = 'u-411302'

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page

const actAs = (openid: string, hash: string) => openAs(page, cloud.url, openid, hash)

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney())
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test('the county admin sets up the 县级指挥部 and names its 指挥长; the supervisor sees them', async () => {
  addPerson(cloud, {
    name: '指挥长甲',
    homeUnitId: COUNTY,
    roles: [{ role: 'supervisor', unitIds: [COUNTY] }],
  })
  await actAs('demo-admin', `/packages/org/pages/levels/index?unitId=${COUNTY}&level=county`)
  await page.locator('.levels-page__name input').fill('宛城区脱贫攻坚指挥部')
  await page.locator('.levels-page__create-submit').click()
  await page.locator('.levels-message', { hasText: '已设立县级指挥部' }).waitFor({ timeout: 30_000 })
  await page.locator('.levels-page__body', { hasText: '宛城区脱贫攻坚指挥部' }).click()
  const form = page.locator('.member-form')
  await form.locator('.person-pick__q input').fill('指挥长甲')
  await form.locator('.person-pick__search').click()
  await form.locator('.person-pick__option', { hasText: '指挥长甲' }).click()
  await form.locator('.nut-radio', { hasText: '指挥长' }).first().click()
  await form.locator('.member-form__title input').fill('双指挥长')
  await form.locator('.member-form__submit').click()
  await page.locator('.command-body__message', { hasText: '已增加成员' }).waitFor({ timeout: 30_000 })
  await page.locator('.command-body__member', { hasText: '指挥长甲' }).waitFor({ timeout: 30_000 })
  const [body] = cloud.cloud.db.find('command_bodies', { unitId: COUNTY }) as Array<{
    memberships: Array<{ personName: string; role: string; title: string | null }>
  }>
  expect(body.memberships).toEqual([
    expect.objectContaining({ personName: '指挥长甲', role: 'leader', title: '双指挥长' }),
  ])

  await actAs('demo-supervisor', `/packages/org/pages/levels/index?unitId=${COUNTY}&level=county`)
  await page.locator('.levels-page__body', { hasText: '指挥长甲' }).waitFor({ timeout: 30_000 })
  await expect(page.locator('.secondment-form__submit').count()).resolves.toBe(0)
})
