import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { Card } from '../../../types/api/visit-schemas'
import type { VisitForm } from '../../../types/domain/visit-form'
import { DEMO_CARD_CODE } from '../../../emulator/seed/generate-visits'
import { fail, ok } from '../org/fixtures'
import { form, H1, NOW, visitInput } from './helpers'

let run: RunningCloud
const call = (action: string, input: unknown, openid: string) =>
  run.cloud.call('visit', action, input, openid)
const headOf = (id: string) => String(run.cloud.db.find('households', { _id: id })[0].headName)

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

describe('sharing visits and the public 明白卡', () => {
  test('a shared example shows the head masked and no phone, even where the text named them', async () => {
    const page = await ok<{ items: Array<{ headName: string; form: VisitForm; villageName: string }> }>(
      call('listSharedVisits', {}, 'demo-secretary'),
    )
    expect(page.items.length).toBeGreaterThan(0)
    const [shared] = run.cloud.db.find('visits', { shared: true }) as Array<{ headName: string }>
    const text = JSON.stringify(page.items)
    expect(text).not.toContain(shared.headName)
    expect(text).not.toContain('13812345678')
    expect(page.items[0].headName).toMatch(/^.\*+$/)
    expect(page.items[0].form.problems).toContain('***********')
    expect(Object.keys(page.items[0])).not.toContain('householdId')
  })

  test('the village team shares a visit; pairing cadres and other villages cannot', async () => {
    const head = headOf(H1)
    const { visitId } = await ok<{ visitId: string }>(
      call(
        'submitVisit',
        visitInput(H1, {
          form: form((f) => {
            f.problems = `${head}家屋顶漏雨`
          }),
        }),
        'demo-pairing',
      ),
    )
    expect((await fail(call('shareVisit', { visitId, shared: true }, 'demo-pairing'))).code).toBe(
      'permission-denied',
    )
    expect((await fail(call('shareVisit', { visitId, shared: true }, 'demo-secretary-b'))).code).toBe(
      'permission-denied',
    )
    await ok(call('shareVisit', { visitId, shared: true }, 'demo-secretary'))
    const page = await ok<{ items: Array<{ id: string; form: VisitForm }> }>(
      call('listSharedVisits', {}, 'demo-secretary-b'),
    )
    const mine = page.items.find((i) => i.id === visitId)!
    expect(mine.form.problems).not.toContain(head)
    expect(mine.form.problems).toContain('屋顶漏雨')
  })

  test('anyone with the 明白卡 code sees measures and contacts, never the full name, ID or phone', async () => {
    const card = await ok<Card>(call('getCard', { code: DEMO_CARD_CODE.toLowerCase() }, 'o-stranger'))
    const [h] = run.cloud.db.find('households', { _id: H1 }) as Array<{
      headName: string
      idMasked: string
      phoneMasked: string
    }>
    expect(card.headName).not.toBe(h.headName)
    expect(card.headName.startsWith(Array.from(h.headName)[0])).toBe(true)
    const text = JSON.stringify(card)
    expect(text).not.toContain(h.headName)
    expect(text).not.toContain(h.idMasked)
    expect(text).not.toMatch(/1\d{10}/)
    expect(card.contacts.length).toBeGreaterThan(0)
    expect(card.contacts.every((c) => /^\d{3}\*{4}\d{4}$/.test(c.phoneMasked))).toBe(true)
  })

  test('a wrong 明白卡 code is not found, a malformed one is invalid', async () => {
    expect((await fail(call('getCard', { code: 'ZZZZZZZZZZ' }, 'o-stranger'))).code).toBe('not-found')
    expect((await fail(call('getCard', { code: 'abc' }, 'o-stranger'))).code).toBe('invalid-argument')
  })

  test('a household gets one 明白卡 code, the same on every request', async () => {
    const a = await ok<{ code: string }>(call('issueCard', { householdId: H1 }, 'demo-pairing'))
    expect(a.code).toBe(DEMO_CARD_CODE)
    const b = await ok<{ code: string }>(
      call('issueCard', { householdId: 'h-411302100200-002' }, 'demo-pairing'),
    )
    expect(await ok(call('issueCard', { householdId: 'h-411302100200-002' }, 'demo-secretary'))).toEqual(b)
    expect(b.code).toMatch(/^[A-Z2-9]{10}$/)
  })
})
