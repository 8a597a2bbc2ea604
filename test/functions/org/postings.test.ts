import type { PostingView } from '../../../types/api/org-postings'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { toldBy } from '../notify/helpers'
import { NOW } from '../presence/helpers'
import { addPerson, fail, FIRST_VILLAGE, ok } from './fixtures'
import { LEADER, LEADER_POSTING, MEMBER, MEMBER_POSTING, postingActions, TERM } from './posting-fixtures'

let run: RunningCloud

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

const { post, end, team, rolesOf } = postingActions(() => run)
const term = TERM

describe('org.postCadre and the village team', () => {
  test('the demo village has a team: its 第一书记 leads, its 队员 serve', async () => {
    const t = await team()
    expect(t.active.map((p) => [p.personId, p.teamRoleLabel])).toEqual(
      expect.arrayContaining([
        [LEADER, '队长'],
        [MEMBER, '队员'],
      ]),
    )
    expect(t.active[0].teamRole).toBe('leader')
  })

  test('the admin posts a cadre as 队员 with a term; the cadre gains the village and is told', async () => {
    const cadre = addPerson(run, { roles: [{ role: 'pairing_cadre', unitIds: [FIRST_VILLAGE] }] })
    const told = await toldBy(run, () =>
      ok(post({ villageId: FIRST_VILLAGE, personId: cadre.id, teamRole: 'member', ...term })),
    )
    const t = await team()
    expect(t.active.find((p) => p.personId === cadre.id)).toMatchObject({
      batch: '第四批',
      startDay: '2026-11-20',
      plannedEndDay: '2028-11-19',
      teamRoleLabel: '队员',
      status: 'active',
    })
    expect(rolesOf(cadre.id)).toEqual(
      expect.arrayContaining([{ role: 'resident_cadre', unitIds: [FIRST_VILLAGE], post: 'team_member' }]),
    )
    expect(told).toEqual([expect.objectContaining({ personId: cadre.id, kind: 'posting_started' })])
    expect(run.cloud.db.count('audit_log', { action: 'postCadre', targetType: 'posting' })).toBe(1)
  })

  test('a second 队长 for a village, or a cadre already serving elsewhere, is refused in Chinese and nothing changes', async () => {
    const cadre = addPerson(run)
    const before = run.cloud.db.snapshot()
    const twoLeaders = await fail(
      post({ villageId: FIRST_VILLAGE, personId: cadre.id, teamRole: 'leader', ...term }),
    )
    expect(twoLeaders).toMatchObject({
      code: 'failed-precondition',
      message: expect.stringContaining('已有队长'),
    })
    const twice = await fail(
      post({ villageId: FIRST_VILLAGE, personId: MEMBER, teamRole: 'member', ...term }),
    )
    expect(twice.message).toContain('正在其他工作队任职')
    expect(run.cloud.db.snapshot()).toEqual(before)
  })

  test('bad input — an end before the start, an empty 期次, an unknown role, a township — gets a Chinese error and writes nothing', async () => {
    const cadre = addPerson(run)
    const before = run.cloud.db.snapshot()
    const base = { villageId: FIRST_VILLAGE, personId: cadre.id, teamRole: 'member', ...term }
    const errors = await Promise.all([
      fail(run.callRaw('org', 'postCadre', { ...base, plannedEndDay: '2026-11-01' }, 'demo-admin')),
      fail(run.callRaw('org', 'postCadre', { ...base, batch: '  ' }, 'demo-admin')),
      fail(run.callRaw('org', 'postCadre', { ...base, teamRole: 'boss' }, 'demo-admin')),
      fail(run.callRaw('org', 'postCadre', { ...base, startDay: '2026-02-30' }, 'demo-admin')),
      fail(run.callRaw('org', 'postCadre', { ...base, villageId: 'u-411302100' }, 'demo-admin')),
    ])
    for (const e of errors) {
      expect(e.code).toBe('invalid-argument')
      expect(e.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect(errors[0].message).toBe('计划期满日须晚于到村日期')
    expect(errors[1].message).toContain('请填写期次')
    expect(run.cloud.db.snapshot()).toEqual(before)
  })

  test('only a county admin posts or ends; overseers read the team, a cadre reads only their own history', async () => {
    const cadre = addPerson(run)
    for (const openid of ['demo-township', 'demo-supervisor', 'demo-secretary'])
      expect(
        (
          await fail(
            post({ villageId: FIRST_VILLAGE, personId: cadre.id, teamRole: 'member', ...term }, openid),
          )
        ).code,
      ).toBe('permission-denied')
    expect(
      (
        await fail(
          end({ postingId: MEMBER_POSTING, endKind: 'completion', endDay: '2026-11-20' }, 'demo-township'),
        )
      ).code,
    ).toBe('permission-denied')
    expect((await team(FIRST_VILLAGE, 'demo-township')).active.length).toBeGreaterThan(0)
    expect(
      (await fail(run.call('org', 'listTeam', { villageId: FIRST_VILLAGE }, 'demo-secretary'))).code,
    ).toBe('permission-denied')
    const own = await ok<{ items: PostingView[] }>(
      run.call('org', 'listPersonPostings', { personId: LEADER }, 'demo-secretary'),
    )
    expect(own.items.map((p) => p.id)).toEqual([LEADER_POSTING])
    expect(
      (await fail(run.call('org', 'listPersonPostings', { personId: MEMBER }, 'demo-secretary'))).code,
    ).toBe('permission-denied')
  })
})

describe('org.backfillPostings', () => {
  test('gives people with a village role and no posting a place in the team, once, and leaves their roles as they were', async () => {
    const secretary = addPerson(run, {
      roles: [{ role: 'resident_cadre', unitIds: [FIRST_VILLAGE], post: 'first_secretary' }],
    })
    const member = addPerson(run)
    const roles = rolesOf(secretary.id)
    const input = { batch: '第三批', startDay: '2025-03-01', plannedEndDay: '2027-02-28' }
    expect(await ok(run.call('org', 'backfillPostings', input, 'demo-admin'))).toEqual({
      created: 2,
      leaders: 0,
    })
    const t = await team()
    // The village keeps its 队长: a second 第一书记 joins as 队员.
    expect(t.active.filter((p) => p.teamRole === 'leader').map((p) => p.personId)).toEqual([LEADER])
    expect(t.active.map((p) => p.personId)).toEqual(expect.arrayContaining([secretary.id, member.id]))
    expect(rolesOf(secretary.id)).toEqual(roles)
    expect(await ok(run.call('org', 'backfillPostings', input, 'demo-admin'))).toEqual({
      created: 0,
      leaders: 0,
    })
    expect((await fail(run.call('org', 'backfillPostings', input, 'demo-township'))).code).toBe(
      'permission-denied',
    )
  })
})
