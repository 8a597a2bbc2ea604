import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import type { Workbench } from '../../types/api/org'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

async function workbench(openid: string): Promise<Workbench> {
  const res = (await run.call('org', 'getWorkbench', {}, openid)) as { ok: boolean; data: Workbench }
  expect(res.ok).toBe(true)
  return res.data
}

describe('org.getWorkbench', () => {
  test('a first secretary sees their name, post and village', async () => {
    const wb = await workbench('demo-secretary')
    expect(wb.roles).toHaveLength(1)
    expect(wb.roles[0].label).toBe('驻村干部')
    expect(wb.roles[0].units[0].level).toBe('village')
    expect(wb.scopeLabel).toBe(wb.roles[0].units[0].name)
    expect(wb.person.phoneMasked).toMatch(/^1\d\d\*{4}\d{4}$/)
  })

  test('the county admin sees every village of the county counted', async () => {
    const wb = await workbench('demo-admin')
    expect(wb.scopeLabel).toBe('宛城区')
    expect(wb.counts.find((c) => c.key === 'villages')?.value).toBe(8)
    const households = run.cloud.db.count('households')
    expect(wb.counts.find((c) => c.key === 'households')?.value).toBe(households)
  })

  test('the county workbench reads per-village counters, not people or households', async () => {
    await workbench('demo-admin')
    const rec = run.cloud.invoker.records[run.cloud.invoker.records.length - 1]
    expect(rec.docsExamined).toBeLessThanOrEqual(200)
  })

  test('the workbench brings the unread badge, the same count the inbox answers, so opening the app is one call', async () => {
    const [me] = run.cloud.db.find('people', { openid: 'demo-secretary' })
    const note = (n: number) => ({
      _id: `wb-test-${n}`,
      personId: me._id,
      openid: 'demo-secretary',
      kind: 'urge',
      title: '催办',
      body: '请尽快走访',
      link: '/packages/notice/pages/inbox/index',
      refId: null,
      createdAt: new Date(),
      readAt: null,
    })
    run.cloud.db.insertMany('inbox', [note(1), note(2)])
    const wb = await workbench('demo-secretary')
    const badge = (await run.call('notice', 'getUnreadCount', {}, 'demo-secretary')) as {
      ok: boolean
      data: { unread: number }
    }
    expect(badge.data.unread).toBeGreaterThan(0)
    expect(wb.unread).toBe(badge.data.unread)
    await run.call('notice', 'markRead', {}, 'demo-secretary')
    expect((await workbench('demo-secretary')).unread).toBe(0)
  })

  test("the village team gets the county's check-in rules with the workbench, the same the presence function answers; others get none", async () => {
    const wb = await workbench('demo-secretary')
    const policy = (await run.call('presence', 'getPolicy', {}, 'demo-secretary')) as {
      ok: boolean
      data: unknown
    }
    expect(wb.checkInPolicy).toEqual(policy.data)
    expect((await workbench('demo-supervisor')).checkInPolicy).toBeNull()
  })

  test('a person with two roles sees both with their units', async () => {
    const wb = await workbench('demo-multi')
    expect(wb.roles.map((r) => r.role).sort()).toEqual(['pairing_cadre', 'township_leader'])
    expect(wb.counts.find((c) => c.key === 'villages')?.value).toBe(3)
  })

  test('concurrent calls each see their own identity', async () => {
    const ids = [
      'demo-admin',
      'demo-secretary',
      'demo-township',
      'demo-village',
      'demo-pairing',
      'demo-member',
    ]
    const results = await Promise.all([...ids, ...ids].map((id) => workbench(id)))
    const names = await Promise.all(ids.map(async (id) => (await workbench(id)).person.name))
    results.forEach((wb, i) => expect(wb.person.name).toBe(names[i % ids.length]))
  })
})
