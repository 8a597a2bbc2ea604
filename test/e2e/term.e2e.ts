import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import type { RunningCloud } from '../helpers/local-cloud'
import { closeJourney, openJourney, openAs } from '../helpers/journey'
import type { PhoneBrowser } from '../helpers/browser'
import { textOf } from '../helpers/text-of'

/**
 * The resident cadre's whole term in the browser (issue 20): the county admin registers a 派出单位 and
 * puts the village team's 队员 under it, posts a new cadre to the team with a term; the 队员 takes 公差
 * and 事假, the 队长 and the township approve, and the month counts 公差 as days in the village and
 * 事假 as excused only; a county 述职评议 records the 队员's 述职 with a file; the year's 考核 sheet is
 * exported for the 派出单位; the 队员 is recalled and the new cadre, as successor, has their households
 * and items.
 */
const VILLAGE = 'u-411302100200'
const MEMBER = 'p00005'
const UNIT = '河南省交通运输厅'
const OPEN_ITEM_STATES = [
  'dispatched',
  'signed',
  'in_progress',
  'extension_requested',
  'disputed',
  'close_requested',
  'reviewing',
]

let cloud: RunningCloud
let browser: PhoneBrowser
let page: Page
let memberName = ''
let successor = { id: '', name: '', openid: '' }

const db = () => cloud.cloud.db

const actAs = (openid: string, hash: string) => openAs(page, cloud.url, openid, hash)

/** The village's 帮扶责任人 (demo-pairing), not on any team yet: the cadre the county posts to the team. */
function pickSuccessor(): { id: string; name: string; openid: string } {
  const [found] = db().find('people', { openid: 'demo-pairing' })
  expect(db().find('postings', { personId: found._id, status: 'active' })).toEqual([])
  return { id: String(found._id), name: String(found.name), openid: 'demo-pairing' }
}

beforeAll(async () => {
  ;({ cloud, browser, page } = await openJourney())
  memberName = String(db().find('people', { _id: MEMBER })[0].name)
  successor = pickSuccessor()
}, 60_000)

afterAll(() => closeJourney({ cloud, browser }), 60_000)

test('the county admin registers a 派出单位 from 我的 and puts the 队员 under it', async () => {
  await actAs('demo-admin', '/pages/me/index')
  await page.locator('.menu-dispatch').click()
  const form = page.locator('.du-form')
  await form.waitFor({ timeout: 30_000 })
  await form.locator('.du-name input').fill(UNIT)
  await form.locator('.du-kind--provincial').click()
  await form.locator('.du-contact-name input').fill('周联络')
  await form.locator('.du-contact-phone input').fill('13737700088')
  await form.locator('.du-submit').click()
  await page.locator('.dispatch-unit', { hasText: UNIT }).waitFor({ timeout: 30_000 })
  const [unit] = db().find('dispatch_units', { name: UNIT })
  expect(unit).toMatchObject({ kind: 'provincial', contactPhoneMasked: '137****0088' })

  await actAs('demo-admin', `/packages/org/pages/people/index?unitId=${VILLAGE}`)
  await page.locator('.person-item', { hasText: memberName }).locator('.choose-dispatch').click()
  await page.locator('.dispatch-unit', { hasText: UNIT }).locator('.assign-here').click()
  await page.locator('.dispatch-message', { hasText: '已设置派出单位' }).waitFor({ timeout: 30_000 })
  expect(db().find('people', { _id: MEMBER })[0].dispatchUnitId).toBe(unit._id)
}, 180_000)

test('the county admin posts a new cadre to the village team with a 期次 and a two-year term', async () => {
  await actAs('demo-admin', `/packages/org/pages/team/index?villageId=${VILLAGE}`)
  const form = page.locator('.post-form')
  await form.waitFor({ timeout: 30_000 })
  await form.locator('.person-pick__q input').fill(successor.name)
  await form.locator('.person-pick__search').click()
  await form.locator('.person-pick__option', { hasText: successor.name }).first().click()
  await form.locator('.post-form__member').click()
  await form.locator('.post-form__batch input').fill('2026年第二批')
  await form.locator('.post-form__submit').click()
  await page.locator('.team-message', { hasText: `已选派${successor.name}` }).waitFor({ timeout: 30_000 })
  await page.locator('.posting-card--active', { hasText: successor.name }).waitFor({ timeout: 30_000 })
  const [posting] = db().find('postings', { personId: successor.id, status: 'active' })
  expect(posting).toMatchObject({ villageId: VILLAGE, teamRole: 'member', batch: '2026年第二批' })
  expect(String(posting.plannedEndDay) > String(posting.startDay)).toBe(true)
}, 120_000)

/** Approves every pending leave of the 队员 this approver may decide, one at a time. */
async function approveAll(openid: string): Promise<void> {
  await actAs(openid, '/packages/presence/pages/approve/index')
  await page.locator('.approve-page .nut-cell').first().waitFor({ timeout: 30_000 })
  const yes = page.locator('.approve-item--pending', { hasText: memberName }).locator('.approve-yes')
  for (let left = await yes.count(); left > 0; left--) {
    await yes.first().click()
    await page.locator('.approve-message').waitFor({ timeout: 30_000 })
    for (let i = 0; i < 60 && (await yes.count()) >= left; i++) await page.waitForTimeout(250)
  }
}

test('the 队员 takes 公差 and 事假; after the 队长 and the township approve, the month counts 公差 and only excuses 事假', async () => {
  await actAs('demo-member', '/pages/home/index')
  await page.locator('.link-leave').click()
  const ask = async (type: 'official' | 'personal', start: 'today' | 'tomorrow', reason: string) => {
    await page.locator(`.leave-type--${type}`).click()
    await page.locator(`.leave-start-${start}`).click()
    await page.locator('.leave-reason textarea').fill(reason)
    await page.locator('.leave-submit').click()
    await page.locator('.leave-message', { hasText: '已提交' }).waitFor({ timeout: 30_000 })
  }
  await ask('official', 'today', '到县交通运输局对接村道硬化项目')
  await ask('personal', 'tomorrow', '家中老人住院陪护')
  const pending = () => db().find('presence_leaves', { personId: MEMBER, status: 'pending' })
  expect(
    pending()
      .map((l) => l.type)
      .sort(),
  ).toEqual(['official', 'personal'])

  await approveAll('demo-secretary')
  await approveAll('demo-township')
  expect(pending()).toEqual([])
  const approved = db()
    .find('presence_leaves', { personId: MEMBER, status: 'approved' })
    .map((l) => String(l.type))
  expect(approved).toEqual(expect.arrayContaining(['official', 'personal']))

  // Today's 公差 and tomorrow's 事假: on a month's last day the 事假 belongs to the next month's record.
  const shanghaiMonth = (offsetDays: number) =>
    new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 7)
  const monthText = async (month: string) => {
    await actAs('demo-member', `/packages/presence/pages/calendar/index?month=${month}`)
    const split = page.locator('.presence-leave-split')
    await split.waitFor({ timeout: 30_000 })
    return (await split.textContent()) ?? ''
  }
  const thisMonth = await monthText(shanghaiMonth(0))
  expect(thisMonth).toContain('公差/因公外出 1 天（计入）')
  await textOf(page.locator('.presence-meter')).toContain('公差/培训等 1 天')
  const nextDays = shanghaiMonth(1) === shanghaiMonth(0) ? thisMonth : await monthText(shanghaiMonth(1))
  expect(nextDays).toContain('事假 1 天（不计入）')
}, 180_000)

test('a county 述职评议 is held from 我的 and records the 队员’s 述职 with an uploaded file', async () => {
  await actAs('demo-admin', '/pages/me/index')
  await page.locator('.menu-reviews').click()
  await page.locator('.reviews-page .nut-button', { hasText: /^县$/ }).click()
  await page.locator('.review-date input').fill('2026-11-28')
  await page.locator('.review-title input').fill('宛城区驻村干部述职评议会')
  await page.locator('.review-attendees textarea').fill('张部长、李科长、王书记')
  await page.locator('.review-create').click()
  await page.locator('.reviews-message', { hasText: '已建立述职评议会' }).waitFor({ timeout: 30_000 })
  await page.locator('.review-session-item', { hasText: '宛城区驻村干部述职评议会' }).click()

  const village = String(db().find('org_units', { _id: VILLAGE })[0].name)
  await page.locator('.review-session-page .nut-button', { hasText: `${memberName}（${village}）` }).click()
  await page.locator('.review-text textarea').fill('一年来走访全部结对户，推动村道硬化')
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.review-attach').click(),
  ])
  await chooser.setFiles({
    name: '2026年述职报告.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% 述职报告\n%%EOF\n'),
  })
  await page.locator('.review-attached', { hasText: '2026年述职报告.pdf' }).waitFor({ timeout: 30_000 })
  await page.locator('.review-record').click()
  await page.locator('.review-message', { hasText: '已录入评议结果' }).waitFor({ timeout: 30_000 })
  const file = page.locator('.review-entry-file', { hasText: '2026年述职报告.pdf' })
  await file.waitFor({ timeout: 30_000 })
  const [entry] = db().find('review_entries', { personId: MEMBER })
  expect(entry).toMatchObject({ result: 'good', reportFileName: '2026年述职报告.pdf' })
  // The link opens the stored file itself in a new tab (the browser may show or download a PDF).
  const key = String(entry.reportFileId).split('/').pop() ?? ''
  const [opened] = await Promise.all([
    page.context().waitForEvent('response', (r) => decodeURIComponent(r.url()).includes(key)),
    file.click(),
  ])
  expect(opened.status()).toBe(200)
  const stored = cloud.cloud.store.download(String(entry.reportFileId)).bytes
  expect(Buffer.from(stored).toString('latin1')).toContain('%PDF-1.4')
}, 120_000)

test('the year’s 考核 sheet of the 派出单位 arrives as an xlsx named after it, with the 队员', async () => {
  const year = new Date().getFullYear()
  await actAs('demo-admin', '/pages/me/index')
  await page.locator('.menu-dispatch').click()
  await page.locator('.dispatch-unit', { hasText: UNIT }).locator('.open-sheet').click()
  await page.locator('.as-card', { hasText: memberName }).waitFor({ timeout: 30_000 })
  const download = page.waitForEvent('download', { timeout: 30_000 })
  await page.locator('.export-assessment').click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`年度考核-${UNIT}-${year}.xlsx`)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(String(await file.path()))
  const cells = wb.worksheets[0].getSheetValues().flatMap((r) => (Array.isArray(r) ? r.map(String) : []))
  expect(cells).toEqual(expect.arrayContaining([memberName, UNIT]))
}, 120_000)

test('a recall of the 队员 hands their households and open items to the successor, who finds them', async () => {
  const households = () =>
    db()
      .find('households', {})
      .filter((h) => Array.isArray(h.pairingCadreIds) && h.pairingCadreIds.includes(MEMBER))
  const openItems = (personId: string) =>
    db()
      .find('rectify_items', { responsiblePersonId: personId })
      .filter((i) => OPEN_ITEM_STATES.includes(String(i.state)))
  const handed = households().map((h) => String(h.headName))
  const items = openItems(MEMBER).length
  expect(handed.length + items).toBeGreaterThan(0)

  await actAs('demo-admin', `/packages/org/pages/team/index?villageId=${VILLAGE}`)
  await page.locator('.posting-card--active').first().waitFor({ timeout: 30_000 })
  const names = await page.locator('.posting-card--active').allTextContents()
  await page
    .locator('.team-page__end')
    .nth(names.findIndex((t) => t.includes(memberName)))
    .click()
  const form = page.locator('.end-posting')
  await form.locator('.end-posting__kind--recall').click()
  await form.locator('.end-posting__reason--unfit').click()
  await form.locator('.end-posting__note textarea').fill('年度考核后经研究召回调整')
  await form.locator('.person-pick__q input').fill(successor.name)
  await form.locator('.person-pick__search').click()
  await form.locator('.person-pick__option', { hasText: successor.name }).first().click()
  await form.locator('.end-posting__preview').click()
  await page.locator('.handover-preview', { hasText: successor.name }).waitFor({ timeout: 30_000 })
  await form.locator('.end-posting__submit').click()
  await page.locator('.team-message', { hasText: `已移交${successor.name}` }).waitFor({ timeout: 30_000 })
  await page.locator('.posting-card--ended', { hasText: '召回调整' }).waitFor({ timeout: 30_000 })

  expect(households()).toEqual([])
  expect(openItems(MEMBER)).toEqual([])
  expect(openItems(successor.id)).toHaveLength(items)

  // On the successor's side: their 走访名单 lists the households, 我的整改 the items.
  await actAs(successor.openid, '/packages/visit/pages/households/index')
  for (const head of handed.slice(0, 3))
    await page.locator('.visit-household-name', { hasText: head }).first().waitFor({ timeout: 30_000 })
  if (items > 0) {
    await actAs(successor.openid, '/packages/rectify/pages/mine/index')
    await page.locator('.rect-item').first().waitFor({ timeout: 30_000 })
    expect(await page.locator('.rect-item').count()).toBeGreaterThan(0)
  }
}, 180_000)
