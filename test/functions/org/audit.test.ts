import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { addPerson, ok, personIdOf } from './fixtures'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: '2026-11-20T01:00:00.000Z' })
})
afterAll(() => run.stop())

type Audit = {
  items: Array<{ at: string; actorId: string | null; targetId: string; summary: string }>
  hasMore: boolean
}

describe('the audit log', () => {
  test('every write names who, when, what and on which target, and can be browsed by target', async () => {
    const person = addPerson(run, { name: '审计对象' })
    await ok(run.call('org', 'issueBindCode', { personId: person.id }, 'demo-admin'))
    const res = await ok<Audit>(run.call('org', 'listAudit', { targetId: person.id }, 'demo-admin'))
    expect(res.items).toHaveLength(1)
    expect(res.items[0]).toMatchObject({
      at: '2026-11-20T01:00:00.000Z',
      actorId: personIdOf(run, 'demo-admin'),
      summary: expect.stringContaining('审计对象'),
    })
  })

  test('entries can be browsed by the person who acted, newest first, a page at a time', async () => {
    for (let i = 0; i < 3; i++)
      await ok(run.call('org', 'issueBindCode', { personId: addPerson(run).id }, 'demo-admin'))
    const admin = personIdOf(run, 'demo-admin')
    const first = await ok<Audit>(run.call('org', 'listAudit', { actorId: admin, limit: 2 }, 'demo-admin'))
    expect(first.items).toHaveLength(2)
    expect(first.hasMore).toBe(true)
    const rest = await ok<Audit>(
      run.call('org', 'listAudit', { actorId: admin, offset: 2, limit: 10 }, 'demo-admin'),
    )
    expect(rest.items.length).toBeGreaterThanOrEqual(2)
    expect([...first.items, ...rest.items].every((e) => e.actorId === admin)).toBe(true)
  })
})
