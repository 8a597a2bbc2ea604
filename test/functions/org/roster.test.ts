import type { ActionInput } from '../../../types/api'
import type { RosterCase } from '../../../types/api/org-roster'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { toldBy } from '../notify/helpers'
import { NOW } from '../presence/helpers'
import { fail, FIRST_TOWNSHIP, FIRST_VILLAGE, ok } from './fixtures'
import {
  LEADER_POSTING,
  MEMBER,
  MEMBER_POSTING,
  PAST_TERM_POSTING,
  pairHousehold,
  stillOn,
} from './posting-fixtures'

let run: RunningCloud

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

type Review = { day: string; open: RosterCase[]; decided: RosterCase[] }
const review = (openid = 'demo-admin') => ok<Review>(run.call('org', 'listRosterReview', {}, openid))
const decide = (input: ActionInput<'org', 'decideRosterCase'>, openid = 'demo-admin') =>
  run.call('org', 'decideRosterCase', input, openid)

/** Spot-check absences of a person in the first village; `decision` unset means still pending. */
function absences(personId: string, days: string[], decision?: 'confirmed' | 'excused') {
  run.cloud.db.insertMany(
    'presence_absences',
    days.map((day) => ({
      _id: `ab-${personId}-${day}`,
      spotCheckId: `sc-${day}`,
      personId,
      villageId: FIRST_VILLAGE,
      townshipId: FIRST_TOWNSHIP,
      day,
      month: day.slice(0, 7),
      excused: decision === 'excused',
      ...(decision
        ? {
            decision,
            decidedById: 'p00003',
            decidedByName: '乡镇领导',
            decidedAt: new Date(NOW),
            comment: '',
          }
        : {}),
    })),
  )
}

describe('org.listRosterReview', () => {
  test('lists the seed posting past its planned end with the facts in words, and nothing decided yet', async () => {
    const r = await review()
    expect(r.day).toBe('2026-11-20')
    const c = r.open.find((x) => x.key === `past_term:${PAST_TERM_POSTING}`)
    expect(c).toMatchObject({
      sign: 'past_term',
      signLabel: '任期已满未调整',
      villageName: '韩杨坡村',
      decision: null,
    })
    expect(c?.facts).toBe('第二批，任期 2024-09-01 至 2026-08-31，已超出计划期满 81 天')
    expect(r.decided).toEqual([])
  })

  test('two confirmed absences within 90 days are a case; pending, excused or old ones are not', async () => {
    absences(MEMBER, ['2026-10-10', '2026-11-05'], 'confirmed')
    absences('p00004', ['2026-11-02'], 'confirmed')
    absences('p00004', ['2026-11-03'])
    absences('p00004', ['2026-11-04'], 'excused')
    absences('p00004', ['2026-07-01'], 'confirmed')
    const r = await review()
    const long = r.open.filter((x) => x.sign === 'long_absence')
    expect(long.map((x) => x.personId)).toEqual([MEMBER])
    expect(long[0]).toMatchObject({
      postingId: MEMBER_POSTING,
      facts: expect.stringContaining('抽查 2 次不在岗'),
    })
  })

  test('a 脱贫村 whose 第一书记 left and whose new 队长 is not one shows as needing a 第一书记', async () => {
    await ok(
      run.call(
        'org',
        'updateVillage',
        { villageId: FIRST_VILLAGE, flags: { poor: true, weak: false } },
        'demo-admin',
      ),
    )
    expect((await review()).open.some((x) => x.sign === 'no_first_secretary')).toBe(false)
    await ok(
      run.call(
        'org',
        'endPosting',
        {
          postingId: LEADER_POSTING,
          endKind: 'rotation',
          endDay: '2026-11-20',
          successor: { personId: MEMBER, batch: '第三批', plannedEndDay: '2027-02-28' },
        },
        'demo-admin',
      ),
    )
    const c = (await review()).open.find((x) => x.sign === 'no_first_secretary')
    expect(c).toMatchObject({ villageId: FIRST_VILLAGE, personId: null })
    expect(c?.facts).toContain('脱贫村，应选派第一书记，目前没有在任第一书记')
  })

  test('only a county admin reviews the roster or decides', async () => {
    for (const openid of ['demo-supervisor', 'demo-township', 'demo-secretary']) {
      expect((await fail(run.call('org', 'listRosterReview', {}, openid))).code).toBe('permission-denied')
      expect(
        (
          await fail(
            decide({ key: `past_term:${PAST_TERM_POSTING}`, decision: 'keep', reason: '待轮换' }, openid),
          )
        ).code,
      ).toBe('permission-denied')
    }
  })
})

describe('org.decideRosterCase', () => {
  test('keeping a cadre records who decided and why, audits it, tells the cadre and moves the case to decided', async () => {
    const told = await toldBy(run, () =>
      ok(
        decide({ key: `past_term:${PAST_TERM_POSTING}`, decision: 'keep', reason: '春季统一轮换前继续任职' }),
      ),
    )
    const r = await review()
    expect(r.open.map((x) => x.key)).not.toContain(`past_term:${PAST_TERM_POSTING}`)
    expect(r.decided[0].decision).toMatchObject({
      decisionLabel: '保留',
      reason: '春季统一轮换前继续任职',
      decidedByName: '组织部管理员',
    })
    expect(told).toEqual([
      expect.objectContaining({
        personId: 'p00022',
        kind: 'roster_decided',
        title: '排查结果：保留（任期已满未调整）',
      }),
    ])
    const [audit] = run.cloud.db.find('audit_log', { action: 'decideRosterCase' })
    expect(audit.summary).toContain('理由：春季统一轮换前继续任职')
  })

  test('adjusting the term moves the planned end, and the case is gone', async () => {
    await ok(
      decide({
        key: `past_term:${PAST_TERM_POSTING}`,
        decision: 'adjust',
        reason: '延长至本轮期满',
        plannedEndDay: '2027-02-28',
      }),
    )
    expect(run.cloud.db.find('postings', { _id: PAST_TERM_POSTING })[0].plannedEndDay).toBe('2027-02-28')
    const r = await review()
    expect([...r.open, ...r.decided].map((x) => x.key)).not.toContain(`past_term:${PAST_TERM_POSTING}`)
  })

  test('recalling a long-absent cadre runs the end of the posting: their work passes to the 队长', async () => {
    absences(MEMBER, ['2026-10-10', '2026-11-05'], 'confirmed')
    pairHousehold(run, MEMBER)
    const res = await ok<{ handover: { receiverName: string; households: number; items: number } | null }>(
      decide({
        key: `long_absence:${MEMBER}`,
        decision: 'recall',
        reason: '两次抽查不在岗，经核实属实',
        recallReason: 'long_absent',
      }),
    )
    expect(res.handover).toMatchObject({ households: 1, items: 1 })
    expect(stillOn(run, MEMBER)).toEqual({ households: 0, items: 0, notices: 0 })
    expect(run.cloud.db.find('postings', { _id: MEMBER_POSTING })[0]).toMatchObject({
      status: 'ended',
      endKind: 'recall',
      recallReason: 'long_absent',
    })
    expect(
      (await review()).decided.find((x) => x.key === `long_absence:${MEMBER}`)?.decision?.decisionLabel,
    ).toBe('召回调整')
  })

  test('bad input — no reason, an unknown case, a new end with keep, a recall without its category, an end in the past — is refused in Chinese and nothing is recorded', async () => {
    await ok(
      run.call(
        'org',
        'updateVillage',
        { villageId: FIRST_VILLAGE, flags: { poor: false, weak: true } },
        'demo-admin',
      ),
    )
    run.cloud.db.insertMany('people', [])
    const before = run.cloud.db.snapshot()
    const key = `past_term:${PAST_TERM_POSTING}`
    const e1 = await fail(
      run.callRaw('org', 'decideRosterCase', { key, decision: 'keep', reason: ' ' }, 'demo-admin'),
    )
    expect(e1.message).toContain('请写明理由')
    const e2 = await fail(decide({ key: 'past_term:nope', decision: 'keep', reason: '保留' }))
    expect(e2).toMatchObject({ code: 'not-found', message: '该排查情形已不存在，请刷新列表' })
    const e3 = await fail(decide({ key, decision: 'keep', reason: '保留', plannedEndDay: '2027-01-01' }))
    expect(e3.message).toBe('只有调整可以修改计划期满日')
    const e4 = await fail(decide({ key, decision: 'recall', reason: '不胜任' }))
    expect(e4.message).toBe('请选择召回调整的原因类别')
    const e5 = await fail(decide({ key, decision: 'adjust', reason: '调整', plannedEndDay: '2026-11-01' }))
    expect(e5.message).toBe('新的计划期满日不能早于今天')
    const e6 = await fail(
      run.callRaw('org', 'decideRosterCase', { key, decision: 'fire', reason: '理由' }, 'demo-admin'),
    )
    expect(e6.code).toBe('invalid-argument')
    expect(run.cloud.db.snapshot()).toEqual(before)
  })
})
