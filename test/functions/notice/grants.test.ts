import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { NOTICE_TEMPLATES } from '../../../types/notice-templates'
import { checkTemplateData } from '../../../emulator/openapi/template-fields'
import { deliveriesOf, fail, notice, NOW, ok, personIdOf, sentTo, subscribe } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

type Grants = { grants: Array<{ key: string; remaining: number }> }
const remaining = (g: Grants, key: string) => g.grants.find((x) => x.key === key)?.remaining

const urge = (openid: string, topic: string, title = '请补齐材料', body = '请尽快补齐材料。') =>
  notice(
    run,
    'sendUrge',
    { topic, filter: 'manual', personIds: [personIdOf(run, openid)], title, body },
    'demo-supervisor',
  )

describe('the grant counter: one push per acceptance', () => {
  test('each acceptance the app reports adds one grant per template', async () => {
    const ids = [NOTICE_TEMPLATES.urge.id, NOTICE_TEMPLATES.reminder.id]
    await ok(notice(run, 'reportSubscription', { accepted: ids }, 'demo-member'))
    const g = await ok<Grants>(
      notice(run, 'reportSubscription', { accepted: [NOTICE_TEMPLATES.urge.id] }, 'demo-member'),
    )
    expect({
      urge: remaining(g, 'urge'),
      reminder: remaining(g, 'reminder'),
      objection: remaining(g, 'objection'),
    }).toEqual({ urge: 2, reminder: 1, objection: 0 })
  })

  test('an unknown template id is refused', async () => {
    expect(
      (await fail(notice(run, 'reportSubscription', { accepted: ['not-ours'] }, 'demo-member'))).code,
    ).toBe('invalid-argument')
  })

  test('two grants allow two pushes; the third notice stays in the inbox with "no grant"', async () => {
    await subscribe(run, 'demo-secretary', ['urge', 'urge'])
    for (const topic of ['presence', 'rectify', 'visit']) await ok(urge('demo-secretary', topic))
    expect(sentTo(run, 'demo-secretary')).toHaveLength(2)
    expect(deliveriesOf(run, personIdOf(run, 'demo-secretary')).map((d) => d.status)).toEqual([
      'sent',
      'sent',
      'no_grant',
    ])
    const g = await ok<Grants>(notice(run, 'reportSubscription', { accepted: [] }, 'demo-secretary'))
    expect(remaining(g, 'urge')).toBe(0)
  })

  test('when WeChat says 43101 although our count had a grant, the delivery keeps the errcode and the count is reset', async () => {
    await ok(notice(run, 'reportSubscription', { accepted: [NOTICE_TEMPLATES.urge.id] }, 'demo-village'))
    await ok(urge('demo-village', 'presence'))
    const [delivery] = deliveriesOf(run, personIdOf(run, 'demo-village'))
    expect(delivery).toMatchObject({ status: 'no_grant', errCode: 43101 })
    const g = await ok<Grants>(notice(run, 'reportSubscription', { accepted: [] }, 'demo-village'))
    expect(remaining(g, 'urge')).toBe(0)
  })

  test("long titles and bodies are cut to WeChat's field limits, so the push is accepted", async () => {
    await subscribe(run, 'demo-pairing', ['urge'])
    const long = '请于本周五前完成全部结对帮扶户的走访并上传佐证材料'
    await ok(urge('demo-pairing', 'visit', '关于加快推进结对帮扶走访', long.repeat(5)))
    const [push] = sentTo(run, 'demo-pairing')
    expect(checkTemplateData(push.data)).toBeNull()
    expect((push.data as Record<string, { value: string }>).thing2.value).toBe(
      `${[...long].slice(0, 19).join('')}…`,
    )
  })
})
