import type { PostingView } from '../../../types/api/org-postings'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { toldBy } from '../notify/helpers'
import { NOW } from '../presence/helpers'
import { addPerson, fail, FIRST_VILLAGE, ok } from './fixtures'
import {
  LEADER,
  LEADER_POSTING,
  MEMBER,
  MEMBER_POSTING,
  openNoticeBy,
  pairHousehold,
  stillOn,
  postingActions,
  TERM,
} from './posting-fixtures'

let run: RunningCloud

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

const { post, end, team, rolesOf } = postingActions(() => run)
const term = TERM

describe('org.endPosting hands the work over', () => {
  test('a recalled 队员 leaves nothing behind: households, open items and open notices pass to the 队长', async () => {
    pairHousehold(run, MEMBER)
    pairHousehold(run, MEMBER)
    openNoticeBy(run, MEMBER)
    expect(stillOn(run, MEMBER)).toEqual({ households: 2, items: 1, notices: 1 })
    const leaderBefore = stillOn(run, LEADER)
    const preview = await ok<{
      receiver: { id: string; why: string }
      households: unknown[]
      items: unknown[]
      notices: unknown[]
      warnings: string[]
    }>(run.call('org', 'previewHandover', { postingId: MEMBER_POSTING }, 'demo-admin'))
    expect(preview.receiver).toMatchObject({ id: LEADER, why: '队长' })
    expect([preview.households.length, preview.items.length, preview.notices.length]).toEqual([2, 1, 1])
    expect(preview.warnings.join('')).toContain('走访草稿')
    const told = await toldBy(run, () =>
      ok(
        end({
          postingId: MEMBER_POSTING,
          endKind: 'recall',
          endDay: '2026-11-20',
          recallReason: 'long_absent',
          note: '抽查三次不在岗，经核实属实',
        }),
      ),
    )
    expect(stillOn(run, MEMBER)).toEqual({ households: 0, items: 0, notices: 0 })
    expect(stillOn(run, LEADER)).toEqual({
      households: leaderBefore.households + 2,
      items: leaderBefore.items + 1,
      notices: leaderBefore.notices + 1,
    })
    const [item] = run.cloud.db.find('rectify_items', { responsiblePersonId: LEADER, state: 'dispatched' })
    expect(String((item.trail as string[]).slice(-1)[0])).toContain('召回调整（长期不在岗）移交')
    const t = await team()
    expect(t.active.map((p) => p.personId)).not.toContain(MEMBER)
    expect(t.ended[0]).toMatchObject({
      personId: MEMBER,
      endLabel: '召回调整（长期不在岗）',
      endNote: '抽查三次不在岗，经核实属实',
    })
    expect(rolesOf(MEMBER)).toEqual([])
    expect(told.map((m) => m.personId).sort()).toEqual([LEADER, MEMBER].sort())
    expect(told[0].kind).toBe('posting_ended')
    const [audit] = run.cloud.db.find('audit_log', { action: 'endPosting' })
    expect(audit.summary).toContain('结对户 2 户、整改事项 1 项、公示 1 条移交')
  })

  test('the 派出单位 contact is told when a posting of their cadre ends', async () => {
    const contact = addPerson(run, {
      roles: [{ role: 'supervisor', unitIds: ['u-411302'] }],
      homeUnitId: 'u-411302',
    })
    const now = new Date(NOW)
    run.cloud.db.insertMany('dispatch_units', [
      {
        _id: 'du-1',
        ownerUnitId: 'u-411302',
        name: '区财政局',
        kind: 'county_department',
        contactName: contact.name,
        contactPhoneMasked: '',
        contactPhoneHash: '',
        contactPhoneEnc: '',
        contactPersonId: contact.id,
        status: 'active',
        createdAt: now,
        updatedAt: now,
      },
    ])
    // A cadre the 区财政局 sent (the roster carries the 派出单位; the posting copies it).
    const [template] = run.cloud.db.find('people', { _id: addPerson(run).id })
    run.cloud.db.insertMany('people', [
      { ...template, _id: 'p-sent', name: '派出干部', phoneHash: 'x', dispatchUnitId: 'du-1' },
    ])
    const started = await toldBy(run, () =>
      ok(post({ villageId: FIRST_VILLAGE, personId: 'p-sent', teamRole: 'member', ...term })),
    )
    expect(started.map((m) => m.personId).sort()).toEqual(['p-sent', contact.id].sort())
    const [doc] = run.cloud.db.find('postings', { personId: 'p-sent' })
    expect(doc.dispatchUnitId).toBe('du-1')
    const told = await toldBy(run, () =>
      ok(end({ postingId: String(doc._id), endKind: 'completion', endDay: '2026-11-20' })),
    )
    expect(told.map((m) => m.personId)).toEqual(expect.arrayContaining(['p-sent', LEADER, contact.id]))
  })

  test('rotating the 队长 makes the successor 队长 with a new term; both histories stay readable', async () => {
    const next = addPerson(run, { name: '接任书记' })
    const res = await ok<{ posting: PostingView; handover: { receiverId: string } }>(
      end({
        postingId: LEADER_POSTING,
        endKind: 'rotation',
        endDay: '2026-11-20',
        successor: { personId: next.id, batch: '第四批', plannedEndDay: '2028-11-30' },
      }),
    )
    expect(res.posting).toMatchObject({ status: 'ended', endLabel: '轮换', successorName: '接任书记' })
    expect(res.handover.receiverId).toBe(next.id)
    const t = await team()
    expect(t.active.find((p) => p.teamRole === 'leader')).toMatchObject({
      personId: next.id,
      startDay: '2026-11-20',
      plannedEndDay: '2028-11-30',
    })
    expect(stillOn(run, LEADER).items).toBe(0)
    const history = await ok<{ items: PostingView[] }>(
      run.call('org', 'listPersonPostings', { personId: LEADER }, 'demo-admin'),
    )
    expect(history.items).toEqual([
      expect.objectContaining({ id: LEADER_POSTING, status: 'ended', endedDay: '2026-11-20' }),
    ])
    expect(rolesOf(next.id)).toEqual(
      expect.arrayContaining([{ role: 'resident_cadre', unitIds: [FIRST_VILLAGE], post: 'team_member' }]),
    )
  })

  test('re-running an interrupted end finishes the handover, moves nothing twice and posts the successor once', async () => {
    const next = addPerson(run)
    const input = {
      postingId: LEADER_POSTING,
      endKind: 'rotation',
      endDay: '2026-11-20',
      successor: { personId: next.id, batch: '第四批', plannedEndDay: '2028-11-19' },
    } as const
    // The first run was interrupted after it placed the successor: their posting is already there.
    await ok(post({ villageId: FIRST_VILLAGE, personId: next.id, teamRole: 'member', ...term }))
    await ok(end(input))
    expect(run.cloud.db.count('postings', { personId: next.id })).toBe(1)
    expect(run.cloud.db.find('postings', { personId: next.id })[0].teamRole).toBe('leader')
    // A household write of the first run was lost: it still names the old 队长.
    pairHousehold(run, LEADER)
    const inboxBefore = run.cloud.db.count('inbox', {})
    const again = await ok<{ handover: { households: number; items: number } }>(end(input))
    expect(again.handover).toMatchObject({ households: 1, items: 0 })
    expect(stillOn(run, LEADER)).toEqual({ households: 0, items: 0, notices: 0 })
    const third = await ok<{ handover: { households: number } }>(end(input))
    expect(third.handover.households).toBe(0)
    expect(run.cloud.db.count('postings', { personId: next.id })).toBe(1)
    expect(run.cloud.db.count('inbox', {})).toBe(inboxBefore)
    expect(run.cloud.db.count('audit_log', { action: 'endPosting', targetId: LEADER_POSTING })).toBe(2)
    const other = await fail(end({ postingId: LEADER_POSTING, endKind: 'completion', endDay: '2026-11-20' }))
    expect(other.message).toContain('该任职已于 2026-11-20 结束')
  })

  test('a recall without a category or a written reason, a 队长 leaving with nobody to take over, or a future end is refused and nothing moves', async () => {
    pairHousehold(run, MEMBER)
    const before = run.cloud.db.snapshot()
    const e1 = await fail(
      end({ postingId: MEMBER_POSTING, endKind: 'recall', endDay: '2026-11-20', note: '不胜任' }),
    )
    expect(e1).toMatchObject({ code: 'invalid-argument', message: '请选择召回调整的原因类别' })
    const e2 = await fail(
      end({ postingId: MEMBER_POSTING, endKind: 'recall', endDay: '2026-11-20', recallReason: 'unfit' }),
    )
    expect(e2.message).toBe('召回调整须写明理由')
    const e3 = await fail(end({ postingId: LEADER_POSTING, endKind: 'completion', endDay: '2026-11-20' }))
    expect(e3).toMatchObject({ code: 'failed-precondition', message: '队长离任须指定接任人' })
    const e4 = await fail(end({ postingId: MEMBER_POSTING, endKind: 'completion', endDay: '2026-12-01' }))
    expect(e4.message).toBe('结束日期不能晚于今天')
    const e5 = await fail(end({ postingId: MEMBER_POSTING, endKind: 'rotation', endDay: '2026-11-20' }))
    expect(e5.message).toBe('轮换须指定接任人')
    const e6 = await fail(
      run.callRaw(
        'org',
        'endPosting',
        { postingId: MEMBER_POSTING, endKind: 'fired', endDay: '2026-11-20' },
        'demo-admin',
      ),
    )
    expect(e6.code).toBe('invalid-argument')
    expect(run.cloud.db.snapshot()).toEqual(before)
  })
})
