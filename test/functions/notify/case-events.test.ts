import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { EscalationView } from '../../../types/api/rectify-schemas'
import type { LeaveView } from '../../../types/api/presence-views'
import { expectOk, itemIn, personIdOf, rectify } from '../rectify/helpers'
import { visitInput, H1, NOW as VISIT_NOW } from '../visit/helpers'
import { toldBy } from './helpers'

let run: RunningCloud
beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: '2026-03-02T02:00:00.000Z' })
})
afterEach(async () => {
  await run.stop()
})

async function ok<T>(p: Promise<unknown>): Promise<T> {
  const res = (await p) as { ok: true; data: T } | { ok: false; error: { code: string; message: string } }
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`)
  return res.data
}

describe('a discipline proposal is never silent', () => {
  test('a missed deadline proposes 通报 and tells the person, with the count it rests on', async () => {
    await itemIn(run, 'in_progress', { deadline: '2026-03-05' })
    run.cloud.invoker.env.ZHUCUN_NOW = '2026-03-06T00:00:00.000Z'
    const told = await toldBy(run, () => run.cloud.timers.fireNow('rectify'))
    const proposals = told.filter((t) => t.kind === 'escalation_proposed')
    expect(proposals).toEqual([
      expect.objectContaining({
        personId: personIdOf(run, 'demo-secretary'),
        title: '系统提出了对您的通报建议',
      }),
    ])
    expect(proposals[0].body).toContain('近 12 个月整改逾期 1 次')
    expect(proposals[0].body).toContain('须经督查审批')
  })

  test("the decision on a proposal tells the person, with the supervisor's words, and nobody else", async () => {
    await itemIn(run, 'in_progress', { deadline: '2026-03-05' })
    run.cloud.invoker.env.ZHUCUN_NOW = '2026-03-06T00:00:00.000Z'
    await run.cloud.timers.fireNow('rectify')
    const list = expectOk(
      await rectify<{ items: EscalationView[] }>(
        run,
        'listEscalations',
        { status: 'pending' },
        'demo-supervisor',
      ),
    ).items
    const e = list.find((x) => x.personId === personIdOf(run, 'demo-secretary'))
    if (!e) throw new Error('no proposal')
    const told = await toldBy(run, () =>
      rectify(
        run,
        'dismissEscalation',
        { escalationId: e.id, comment: '客观原因，不予处理' },
        'demo-supervisor',
      ).then(expectOk),
    )
    expect(told).toEqual([
      expect.objectContaining({
        personId: personIdOf(run, 'demo-secretary'),
        kind: 'escalation_decided',
        title: '对您的通报建议不予处理',
        body: '督查组长意见：客观原因，不予处理',
      }),
    ])
  })

  test('a returned close application tells the person but proposes nothing', async () => {
    const item = await itemIn(run, 'reviewing')
    const told = await toldBy(run, () =>
      rectify(
        run,
        'reject',
        { itemId: item.id, version: item.version, comment: '请补拍' },
        'demo-supervisor',
      ).then(expectOk),
    )
    expect(told.map((t) => t.kind)).toEqual(['rect_returned'])
    expect(run.cloud.db.find('escalations', { itemId: item.id })).toEqual([])
  })

  test('the reviewer is shown, before confirming, that a return tells the person and proposes nothing', async () => {
    const item = await itemIn(run, 'reviewing')
    const detail = expectOk(
      await rectify<{ actions: Array<{ action: string; consequence: string }> }>(
        run,
        'getItem',
        { itemId: item.id },
        'demo-supervisor',
      ),
    )
    const reject = detail.actions.find((a) => a.action === 'reject')
    expect(reject?.consequence).toMatch(
      /^将通知 .+：销号申请被驳回，附您填写的意见。驳回不计入问责，不会产生问责建议/,
    )
  })
})

describe('leave, visit and notice decisions tell the person they concern', () => {
  // The visit and notice fixtures are pinned to 2026-11-20.
  beforeEach(async () => {
    await run.stop()
    run = await startLocalCloud({ http: false, now: VISIT_NOW })
  })

  test("a leave decided tells the person who asked, with the approver's words", async () => {
    const leave = await ok<LeaveView>(
      run.call(
        'presence',
        'requestLeave',
        { type: 'personal', startDay: '2026-11-23', endDay: '2026-11-24', reason: '家中老人住院' },
        'demo-secretary',
      ),
    )
    const told = await toldBy(run, () =>
      ok(
        run.call(
          'presence',
          'decideLeave',
          { leaveId: leave.id, decision: 'rejected', comment: '工作队人手不足' },
          'demo-township',
        ),
      ),
    )
    expect(told).toEqual([
      expect.objectContaining({
        personId: personIdOf(run, 'demo-secretary'),
        kind: 'leave_decided',
        title: '请假未批准：2026-11-23 至 2026-11-24',
        body: expect.stringContaining('意见：工作队人手不足'),
      }),
    ])
  })

  test("a returned visit tells its author with the reviewer's words; a plain comment does not", async () => {
    const { visitId } = await ok<{ visitId: string }>(
      run.cloud.call('visit', 'submitVisit', visitInput(H1), 'demo-pairing'),
    )
    const comment = await toldBy(run, () =>
      ok(
        run.cloud.call(
          'visit',
          'reviewVisit',
          { visitId, kind: 'comment', comment: '记录详实' },
          'demo-township',
        ),
      ),
    )
    expect(comment).toEqual([])
    const told = await toldBy(run, () =>
      ok(
        run.cloud.call(
          'visit',
          'reviewVisit',
          { visitId, kind: 'return', comment: '收入来源不完整，请补充' },
          'demo-township',
        ),
      ),
    )
    expect(told).toEqual([
      expect.objectContaining({
        personId: personIdOf(run, 'demo-pairing'),
        kind: 'visit_returned',
        body: expect.stringContaining('意见：收入来源不完整，请补充。请更正后重新提交'),
      }),
    ])
  })

  test('an objection about a notice tells its author and the township leaders, each once', async () => {
    const told = await toldBy(run, () =>
      ok(
        run.cloud.call(
          'notice',
          'submitObjection',
          { noticeId: 'ntc-demo-dibao', text: '王某某家有货车，不符合条件' },
          'villager-a',
        ),
      ),
    )
    expect(told.every((t) => t.kind === 'notice_objection' && t.title.startsWith('公示收到异议：'))).toBe(
      true,
    )
    expect(told.map((t) => t.personId)).toEqual(
      expect.arrayContaining([personIdOf(run, 'demo-township'), personIdOf(run, 'demo-village')]),
    )
    expect(new Set(told.map((t) => t.personId)).size).toBe(told.length)
  })
})
