import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { fail, ok } from '../org/fixtures'
import type { Card } from '../../../types/api/visit-schemas'
import { form, H2, NOW, visitInput } from './helpers'

/** The seeded card belongs to H1 (监测对象, 脱贫不稳定户); demo-pairing (p00007) is its 帮扶责任人. */
const H1_CARD = 'WDZMBKA234'
let run: RunningCloud
beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

const card = (code: string) => ok<Card>(run.call('visit', 'getCard', { code }, 'o-stranger'))
const setPhone = (input: unknown, openid = 'demo-pairing') =>
  run.call('org', 'setCardPhone', input as never, openid)
const contactOf = (c: Card, role: string) => c.contacts.find((x) => x.role === role)

describe('the 明白卡 in 2026', () => {
  test('shows the household kind and type, and no full number until the cadre chooses one', async () => {
    const c = await card(H1_CARD)
    expect(c.kindLabel).toBe('监测对象（脱贫不稳定户）')
    expect(c.contacts.length).toBeGreaterThan(0)
    expect(c.contacts.every((x) => x.phone === null && /^\d{3}\*{4}\d{4}$/.test(x.phoneMasked))).toBe(true)
  })

  test('a cadre chooses the work phone on their own profile: the card shows it in full to call, elsewhere it is masked', async () => {
    const saved = await ok<{ choice: string; workPhoneMasked: string }>(
      setPhone({ choice: 'work', workPhone: '0377-63123456' }),
    )
    expect(saved).toEqual({ choice: 'work', choiceLabel: '显示办公电话', workPhoneMasked: '037****3456' })
    const pairing = contactOf(await card(H1_CARD), '帮扶责任人')
    expect(pairing).toMatchObject({
      phone: '0377-63123456',
      phoneLabel: '办公电话',
      phoneMasked: '037****3456',
    })
    const wb = await ok<{ person: { cardPhone: unknown } }>(
      run.call('org', 'getWorkbench', {}, 'demo-pairing'),
    )
    expect(wb.person.cardPhone).toEqual(saved)
    expect(JSON.stringify(run.cloud.db.find('people', { _id: 'p00007' }))).not.toContain('63123456')
    const audit = run.cloud.db.find('audit_log', { action: 'setCardPhone' }) as Array<{ summary: string }>
    expect(audit.map((a) => a.summary)).toEqual(['明白卡电话：显示办公电话 037****3456'])
  })

  test('choosing the mobile shows the full mobile on the card; choosing none hides it again', async () => {
    await ok(setPhone({ choice: 'mobile' }))
    const shown = contactOf(await card(H1_CARD), '帮扶责任人')
    expect(shown?.phone).toMatch(/^1[3-9]\d{9}$/)
    expect(shown?.phoneLabel).toBe('手机')
    await ok(setPhone({ choice: 'none' }))
    expect(contactOf(await card(H1_CARD), '帮扶责任人')?.phone).toBeNull()
  })

  test('bad input gets a Chinese error and changes nothing', async () => {
    expect(await fail(setPhone({ choice: 'work' }))).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('选择显示办公电话时须填写办公电话'),
    })
    expect(await fail(setPhone({ choice: 'work', workPhone: '12345' }))).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('请填写有效的办公电话'),
    })
    expect(run.cloud.db.find('people', { _id: 'p00007' })[0]).not.toHaveProperty('cardPhone')
  })

  test('a risk found on a visit shows on the card with the step it reached', async () => {
    const { code } = await ok<{ code: string }>(
      run.call('visit', 'issueCard', { householdId: H2 }, 'demo-pairing'),
    )
    const risky = form((f) => {
      f.risks = ['illness']
      f.startMonitoring = true
    })
    await ok(run.call('visit', 'submitVisit', visitInput(H2, { form: risky }), 'demo-pairing'))
    const c = await card(code)
    expect(c).toMatchObject({ kindLabel: '脱贫户', risks: ['因病'], monitorStep: '识别纳入 · 待评议' })
    expect((await card(H1_CARD)).risks).toEqual([])
  })

  test('the household’s 帮扶措施 show on the card with their status, ahead of the help visits recorded', async () => {
    const { code } = await ok<{ code: string }>(
      run.call('visit', 'issueCard', { householdId: H2 }, 'demo-pairing'),
    )
    await ok(
      run.call(
        'visit',
        'addMeasure',
        {
          householdId: H2,
          measure: {
            type: 'public_post',
            responsibleId: String(run.cloud.db.find('people', { openid: 'demo-pairing' })[0]._id),
            startDay: '2026-11-20',
            plannedDay: '2027-01-31',
          },
        },
        'demo-secretary',
      ),
    )
    const c = await card(code)
    expect(c.measures[0]).toBe('公益岗位（计划中）')
  })
})
