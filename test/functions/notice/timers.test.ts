import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { COUNTY, fireAt, NOW, personIdOf } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

const FRIDAY_4PM = '2026-11-20T08:00:00.000Z'
const SATURDAY_4PM = '2026-11-21T08:00:00.000Z'
const MONDAY_4PM = '2026-11-23T08:00:00.000Z'

const inboxOf = (kind: string) => run.cloud.db.find('inbox', { kind }, { sort: { createdAt: 1, _id: 1 } })
const residents = () =>
  run.cloud.db.find('people', { status: 'active', 'roles.role': 'resident_cadre' }).map((p) => String(p._id))

describe('daily reminder of a missing presence record', () => {
  test('under the default policy (减负: a record, not 打卡) nobody is reminded', async () => {
    expect(await fireAt(run, FRIDAY_4PM)).toEqual({ ok: true, data: { presence: 0, visits: 0 } })
    expect(inboxOf('presence_missing')).toHaveLength(0)
  })

  test('where the county switched the reminder on with a reason, resident cadres without a record today are reminded once a day, on working days', async () => {
    const meta = {
      reason: '防汛期间加强在岗管理',
      updatedAt: new Date(NOW),
      updatedById: personIdOf(run, 'demo-admin'),
      updatedByName: '组织部管理员',
    }
    run.cloud.db.insertMany('presence_policies', [
      {
        _id: COUNTY,
        requiredDays: 20,
        checkInsPerDay: 2,
        photoRequired: false,
        ...meta,
        history: [],
        reminders: { presenceDaily: true, ...meta },
      },
    ])
    run.cloud.db.insertMany('presence_days', [
      {
        _id: `${personIdOf(run, 'demo-member')}_2026-11-20`,
        personId: personIdOf(run, 'demo-member'),
        villageId: 'u-411302100200',
        townshipId: 'u-411302100',
        countyId: COUNTY,
        day: '2026-11-20',
        month: '2026-11',
        slots: { am: 'c1', pm: null },
        counted: true,
        attempts: 1,
        firstAt: new Date(NOW),
        syncedLate: false,
        signs: [],
      },
    ])
    await fireAt(run, FRIDAY_4PM)
    await fireAt(run, FRIDAY_4PM)
    const reminded = inboxOf('presence_missing').map((r) => String(r.personId))
    expect(reminded).toContain(personIdOf(run, 'demo-secretary'))
    expect(reminded).not.toContain(personIdOf(run, 'demo-member'))
    expect(new Set(reminded).size).toBe(reminded.length)
    expect(reminded.every((id) => residents().includes(id))).toBe(true)
    expect(inboxOf('presence_missing')[0]).toMatchObject({
      title: '今日尚无在村记录',
      link: '/packages/presence/pages/calendar/index',
      readAt: null,
    })
    const before = reminded.length
    await fireAt(run, SATURDAY_4PM)
    expect(inboxOf('presence_missing')).toHaveLength(before)
  })

  test('a cadre on approved leave today is not reminded', async () => {
    const id = personIdOf(run, 'demo-secretary')
    run.cloud.db.insertMany('presence_leaves', [
      {
        _id: 'lv-test-monday',
        personId: id,
        personName: '',
        villageId: 'u-411302100200',
        villageName: '',
        townshipId: 'u-411302100',
        countyId: COUNTY,
        type: 'official',
        startDay: '2026-11-23',
        endDay: '2026-11-24',
        days: 2,
        reason: '县里培训',
        status: 'approved',
        approverLevel: 'township',
        approverUnitId: 'u-411302100',
        comment: '',
        decidedById: null,
        decidedByName: null,
        decidedAt: null,
        returnedDay: null,
        createdAt: new Date(NOW),
      },
    ])
    await fireAt(run, MONDAY_4PM)
    const monday = inboxOf('presence_missing').filter((r) => String(r._id).endsWith('_2026-11-23'))
    expect(monday.length).toBeGreaterThan(0)
    expect(monday.map((r) => r.personId)).not.toContain(id)
  })
})

describe('weekly reminder of households not visited this period', () => {
  test('on Mondays each pairing cadre with a household due in its own period is reminded once, with the count', async () => {
    const households = run.cloud.db.find('households', {}) as Array<{
      _id: string
      kind: string
      pairingCadreIds: string[]
    }>
    const coveredIn = (periods: string[]) =>
      new Set(
        run.cloud.db.find('visit_coverage', { period: { $in: periods } }).map((c) => String(c.householdId)),
      )
    // Default periods: 监测对象 this month, 脱贫户 this quarter, 一般农户 none.
    const covered: Record<string, Set<string> | null> = {
      monitored: coveredIn(['2026-11']),
      lifted: coveredIn(['2026-10', '2026-11', '2026-12']),
      ordinary: null,
    }
    const owed = new Map<string, number>()
    for (const h of households) {
      const seen = covered[h.kind]
      if (seen && !seen.has(h._id)) for (const c of h.pairingCadreIds) owed.set(c, (owed.get(c) ?? 0) + 1)
    }
    expect(owed.size).toBeGreaterThan(0)
    await fireAt(run, MONDAY_4PM)
    await fireAt(run, MONDAY_4PM)
    const sent = inboxOf('visit_due')
    expect(sent.every((r) => String(r._id).endsWith('_2026-11-23'))).toBe(true) // Friday's and Saturday's runs sent none
    expect(sent.map((r) => String(r.personId)).sort()).toEqual([...owed.keys()].sort())
    for (const r of sent) expect(String(r.body)).toContain(`还有 ${owed.get(String(r.personId))} 户`)
  })
})
