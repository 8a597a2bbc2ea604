import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { fail, ok } from '../org/fixtures'
import { form, H1, H2, NOW, visitInput } from './helpers'

let run: RunningCloud
type Submitted = {
  visitId: string
  duplicate: boolean
  monitorCase: { state: string; caseId: string | null }
}
const submit = (input: unknown, openid = 'demo-pairing') =>
  run.call('visit', 'submitVisit', input as never, openid)
const count = (collection: string) => run.cloud.db.find(collection, {}).length
/** demo-pairing (唐娟, p00007) pairs with H1 (监测对象) and H2 (脱贫户). */
const PAIRING = 'p00007'

const riskForm = (startMonitoring: boolean) =>
  form((f) => {
    f.risks = ['illness', 'schooling']
    f.incomePerCapita = 5200
    f.rigidExpense = { medical: 18000, schooling: 6000 }
    f.startMonitoring = startMonitoring
  })

/** An 一般农户 paired with demo-pairing, added by the tests. */
const ORD = 'h-test-ordinary'
beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
  const [h2] = run.cloud.db.find('households', { _id: H2 })
  run.cloud.db.insertMany('households', [
    { ...h2, _id: ORD, idHash: 'test-ordinary', kind: 'ordinary', monitorType: null, mainCause: null },
  ])
})
afterEach(() => run.stop())

describe('a risk found on a visit starts 监测识别, never a rectification item against the visitor', () => {
  test('发起监测识别 creates one candidate 识别纳入 case of the household, and no rectify item, event or escalation', async () => {
    const before = {
      items: count('rectify_items'),
      events: count('rectify_events'),
      escalations: count('escalations'),
    }
    const input = visitInput(H2, { form: riskForm(true) })
    const r = await ok<Submitted>(submit({ ...input, formVersion: 2 }))
    expect(r.monitorCase).toEqual({ state: 'started', caseId: `mc-${r.visitId}` })
    const household = run.cloud.db.find('households', { _id: H2 })[0] as { unitPath: string[] }
    expect(run.cloud.db.find('monitor_cases', {})).toEqual([
      expect.objectContaining({
        _id: `mc-${r.visitId}`,
        householdId: H2,
        kind: 'inclusion',
        source: 'visit',
        sourceRef: r.visitId,
        step: 'candidate',
        monitorType: 'unstable',
        risks: ['illness', 'schooling'],
        incomePerCapita: 5200,
        rigidExpense: 24000,
        unitPath: household.unitPath,
        history: [expect.objectContaining({ step: 'candidate', outcome: 'started', byId: PAIRING })],
      }),
    ])
    expect({
      items: count('rectify_items'),
      events: count('rectify_events'),
      escalations: count('escalations'),
    }).toEqual(before)
    expect(run.cloud.db.find('visits', { _id: r.visitId })[0]).toMatchObject({
      monitorCaseId: `mc-${r.visitId}`,
      followUps: [],
    })
  })

  test('the visitor is told in the inbox that the case exists', async () => {
    const r = await ok<Submitted>(submit(visitInput(ORD, { form: riskForm(true) })))
    const inbox = run.cloud.db.find('inbox', { personId: PAIRING, refId: `mc-${r.visitId}` }) as Array<{
      title: string
      body: string
    }>
    expect(inbox).toHaveLength(1)
    expect(inbox[0].title).toMatch(/^已发起监测识别：/)
    expect(inbox[0].body).toContain('不是问题记录')
    // A 一般农户 at risk is taken as 边缘易致贫户 until the village decides.
    expect(run.cloud.db.find('monitor_cases', {})[0]).toMatchObject({ householdId: ORD, monitorType: 'edge' })
  })

  test('a resend starts nothing twice, and a second visit joins the open case', async () => {
    const input = visitInput(H2, { form: riskForm(true) })
    const first = await ok<Submitted>(submit(input))
    const again = await ok<Submitted>(submit(input))
    expect(again).toMatchObject({ duplicate: true, monitorCase: first.monitorCase })
    const second = await ok<Submitted>(submit(visitInput(H2, { form: riskForm(true) })))
    expect(second.monitorCase).toEqual({ state: 'joined', caseId: first.monitorCase.caseId })
    expect(count('monitor_cases')).toBe(1)
    expect(run.cloud.db.find('inbox', { personId: PAIRING, refId: first.monitorCase.caseId })).toHaveLength(1)
  })

  test('a risk recorded without 发起监测识别, or on a household already monitored, starts no case', async () => {
    const plain = await ok<Submitted>(submit(visitInput(H2, { form: riskForm(false) })))
    expect(plain.monitorCase).toEqual({ state: 'none', caseId: null })
    const monitored = await ok<Submitted>(submit(visitInput(H1, { form: riskForm(true) })))
    expect(monitored.monitorCase).toEqual({ state: 'already_monitored', caseId: null })
    expect(count('monitor_cases')).toBe(0)
  })

  test('bad input gets a Chinese error and stores nothing', async () => {
    const visits = count('visits')
    const noRisk = form((f) => {
      f.startMonitoring = true
    })
    expect(await fail(submit(visitInput(H2, { form: noRisk })))).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('发起监测识别须至少选择一项风险'),
    })
    const negative = form((f) => {
      f.incomePerCapita = -1
    })
    expect(await fail(submit(visitInput(H2, { form: negative })))).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('金额不能为负'),
    })
    expect(count('visits')).toBe(visits)
    expect(count('monitor_cases')).toBe(0)
  })

  test('the old path from a visit risk to a rectification item is gone', async () => {
    const res = (await run.callRaw(
      'visit',
      'linkFollowUp',
      { visitId: 'v-x', risk: 'illness', itemId: 'rect-seed-a' },
      'demo-secretary',
    )) as { ok: boolean; error: { code: string } }
    expect(res).toEqual({
      ok: false,
      error: expect.objectContaining({ message: '未知的操作：linkFollowUp' }),
    })
  })
})
