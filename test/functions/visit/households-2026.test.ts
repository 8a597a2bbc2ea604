import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { NOT_LIFTED_NOTE } from '../../../cloudfunctions/src/visit/households-2026'
import { H1, NOW } from './helpers'

let run: RunningCloud
beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

type Household = Record<string, unknown> & { _id: string }
const one = (id: string) => run.cloud.db.find('households', { _id: id })[0] as Household
const fire = () => run.cloud.timers.fireNow('visit', 'visitRecount')

/** A record as stored before 2026: the 建档立卡 status, no kind. */
function legacy(tag: string, status: string): Household {
  const { kind: _k, monitorType: _t, registeredStatus: _r, ...rest } = one(H1)
  const doc = { ...rest, _id: `h-legacy-${tag}`, idHash: `legacy-${tag}`, status, mainCause: 'illness' }
  run.cloud.db.insertMany('households', [doc])
  return one(doc._id)
}

describe('the 2026 household migration (visit.households2026, daily)', () => {
  test('已脱贫 becomes 脱贫户, 监测户 and 未脱贫 become 监测对象 (脱贫不稳定户, 未脱贫 with a note); the old status stays as history', async () => {
    legacy('a', 'lifted')
    legacy('b', 'monitored')
    legacy('c', 'not_lifted')
    const res = (await fire()) as { ok: boolean; data: Array<{ job: string; result: unknown }> }
    expect(res.ok).toBe(true)
    expect(one('h-legacy-a')).toMatchObject({ kind: 'lifted', monitorType: null, registeredStatus: 'lifted' })
    expect(one('h-legacy-b')).toMatchObject({
      kind: 'monitored',
      monitorType: 'unstable',
      registeredStatus: 'monitored',
      kindNote: '',
    })
    expect(one('h-legacy-c')).toMatchObject({
      kind: 'monitored',
      monitorType: 'unstable',
      registeredStatus: 'not_lifted',
      kindNote: NOT_LIFTED_NOTE,
      mainCause: 'illness',
    })
    for (const tag of ['a', 'b', 'c']) expect(one(`h-legacy-${tag}`)).not.toHaveProperty('status')
  })

  test('running again changes nothing, and records that already have a kind are never touched', async () => {
    const seeded = one(H1)
    legacy('d', 'lifted')
    await fire()
    const once = run.cloud.db.find('households', {}, { sort: { _id: 1 } })
    run.cloud.invoker.env.ZHUCUN_NOW = '2026-11-21T01:00:00.000Z' // the next day's run
    expect(await fire()).toMatchObject({ ok: true })
    expect(run.cloud.db.find('households', {}, { sort: { _id: 1 } })).toEqual(once)
    expect(one(H1)).toEqual(seeded)
  })

  test('before the migration reaches it, a legacy record is already shown with its 2026 kind', async () => {
    legacy('e', 'monitored')
    const res = (await run.call(
      'visit',
      'getHousehold',
      { householdId: 'h-legacy-e' },
      'demo-secretary',
    )) as {
      ok: boolean
      data: { household: { kind: string; monitorType: string; registeredStatus: string } }
    }
    expect(res).toMatchObject({ ok: true })
    expect(res.data.household).toMatchObject({
      kind: 'monitored',
      monitorType: 'unstable',
      registeredStatus: 'monitored',
    })
  })
})
