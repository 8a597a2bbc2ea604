import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { addPerson, COUNTY, FIRST_VILLAGE, ok } from './fixtures'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: '2026-11-20T01:00:00.000Z' })
})
afterAll(() => run.stop())

type People = { items: Array<{ id: string; name: string; initials: string }>; total: number }

describe('searching people and units', () => {
  test('people of a county are found by the initials of their names, a page at a time with the full count', async () => {
    const made = [
      addPerson(run, { name: '翟秋水' }),
      addPerson(run, { name: '翟秋山' }),
      addPerson(run, { name: '翟秋石', homeUnitId: FIRST_VILLAGE }),
    ]
    const first = await ok<People>(
      run.call('org', 'listPeople', { unitId: COUNTY, q: 'zqs', limit: 2 }, 'demo-admin'),
    )
    expect(first.total).toBe(3)
    expect(first.items).toHaveLength(2)
    const rest = await ok<People>(
      run.call('org', 'listPeople', { unitId: COUNTY, q: 'zqs', offset: 2, limit: 2 }, 'demo-admin'),
    )
    expect([...first.items, ...rest.items].map((p) => p.id).sort()).toEqual(made.map((p) => p.id).sort())
    expect(first.items.every((p) => p.initials === 'zqs')).toBe(true)
  })

  test('a part of a name finds it; a first letter narrows the list to names starting with it', async () => {
    addPerson(run, { name: '欧阳青禾' })
    const byName = await ok<People>(
      run.call('org', 'listPeople', { unitId: COUNTY, q: '青禾' }, 'demo-admin'),
    )
    expect(byName.items.map((p) => p.name)).toEqual(['欧阳青禾'])
    const byLetter = await ok<People>(
      run.call('org', 'listPeople', { unitId: COUNTY, initial: 'O', limit: 100 }, 'demo-admin'),
    )
    expect(byLetter.items.length).toBeGreaterThan(0)
    expect(byLetter.items.every((p) => p.initials.startsWith('o'))).toBe(true)
  })

  test("a search keeps to the caller's scope and to the binding filter", async () => {
    const bound = await ok<People>(
      run.call('org', 'listPeople', { unitId: COUNTY, q: 'zqs', bound: true }, 'demo-admin'),
    )
    expect(bound.total).toBe(0)
    const res = await run.call('org', 'listPeople', { unitId: COUNTY, q: 'zqs' }, 'demo-village')
    expect(res).toMatchObject({ ok: false, error: { code: 'permission-denied' } })
  })

  test('units carry the initials of their names', async () => {
    const res = await ok<{ units: Array<{ name: string; initials: string }> }>(
      run.call('org', 'listUnits', { parentId: COUNTY }, 'demo-admin'),
    )
    expect(res.units.length).toBeGreaterThan(0)
    expect(res.units.find((u) => u.name === '瓦店镇')?.initials).toBe('wdz')
  })

  test('audit lines carry Chinese words for what was done and to what', async () => {
    const person = addPerson(run, { name: '审计标签' })
    await ok(run.call('org', 'issueBindCode', { personId: person.id }, 'demo-admin'))
    const res = await ok<{ items: Array<{ actionLabel: string; targetLabel: string }> }>(
      run.call('org', 'listAudit', { targetId: person.id }, 'demo-admin'),
    )
    expect(res.items[0]).toMatchObject({ actionLabel: '生成绑定码', targetLabel: '人员' })
  })
})
