import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { addPrefecture, PREFECTURE } from '../../helpers/prefecture'
import { COUNTY, FIRST_VILLAGE } from './fixtures'

type PathDoc = { _id: string; path?: string[]; unitPath?: string[] }

/** Every record under the demo county whose path lacks the 州/市, per collection. */
function stale(run: RunningCloud): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [c, field] of [
    ['org_units', 'path'],
    ['households', 'unitPath'],
    ['rectify_items', 'path'],
    ['public_notices', 'path'],
  ] as const) {
    const docs = run.cloud.db.find(c, { [field]: COUNTY }) as PathDoc[]
    out[c] = docs.filter((d) => (d[field] ?? [])[0] !== PREFECTURE).length
  }
  return out
}

describe('placing a county under a 州/市 (org.attachCounty)', () => {
  let run: RunningCloud
  beforeEach(async () => {
    run = await startLocalCloud({ http: false })
  })
  afterEach(() => run.stop())

  test('gives every unit and record beneath the county the 州/市 in its path, and is audited', async () => {
    const before = stale(run)
    expect(before.org_units).toBeGreaterThan(30)
    expect(before.households).toBeGreaterThan(10)
    await addPrefecture(run)
    expect(stale(run)).toEqual({ org_units: 0, households: 0, rectify_items: 0, public_notices: 0 })
    const [village] = run.cloud.db.find('org_units', { _id: FIRST_VILLAGE }) as PathDoc[]
    expect(village.path).toEqual([PREFECTURE, COUNTY, 'u-411302100', FIRST_VILLAGE])
    const audit = run.cloud.db.find('audit_log', { action: 'attachCounty' }) as Array<{ summary: string }>
    expect(audit[0]?.summary).toContain('将「宛城区」归入「南阳市」')
  })

  test('interrupted after a batch, running it again finishes the job; once more changes nothing', async () => {
    await addPrefecture(run, { stopAfter: 1, batch: 50 })
    // The first batch placed the county and rewrote 50 records (units first); the rest still lack the 州/市.
    const left = stale(run)
    expect(left.org_units).toBe(0)
    expect(left.households + left.rectify_items + left.public_notices).toBeGreaterThan(0)
    const [county] = run.cloud.db.find('org_units', { _id: COUNTY }) as PathDoc[]
    expect(county.path).toEqual([PREFECTURE, COUNTY])
    // The 州/市 admin alone may finish it now that the county is placed.
    let calls = 0
    for (; calls < 100; calls++) {
      const again = await run.call(
        'org',
        'attachCounty',
        { countyId: COUNTY, prefectureId: PREFECTURE, batch: 50 },
        'demo-pref-admin',
      )
      if (!again.ok) throw new Error(again.error.message)
      if (again.data.done) break
    }
    expect(stale(run)).toEqual({ org_units: 0, households: 0, rectify_items: 0, public_notices: 0 })
    const snapshot = run.cloud.db.snapshot()
    const third = await run.call(
      'org',
      'attachCounty',
      { countyId: COUNTY, prefectureId: PREFECTURE },
      'demo-pref-admin',
    )
    expect(third).toMatchObject({ ok: true, data: { done: true, fixed: {} } })
    expect(run.cloud.db.snapshot()).toEqual(snapshot)
  })

  test('a county admin alone cannot place the county under a 州/市, nor a 州/市 admin alone', async () => {
    await addPrefecture(run)
    const other = 'u-411399'
    run.cloud.db.insertMany('org_units', [
      {
        _id: other,
        code: '411399',
        name: '测试县',
        level: 'county',
        parentId: null,
        path: [other],
        createdAt: new Date(),
        updatedAt: new Date(),
      },
    ])
    const byPrefecture = await run.call(
      'org',
      'attachCounty',
      { countyId: other, prefectureId: PREFECTURE },
      'demo-pref-admin',
    )
    expect(byPrefecture).toMatchObject({ ok: false, error: { code: 'permission-denied' } })
    const byCounty = await run.call(
      'org',
      'attachCounty',
      { countyId: COUNTY, prefectureId: PREFECTURE },
      'demo-admin',
    )
    expect(byCounty).toMatchObject({ ok: false, error: { code: 'permission-denied' } })
    const [unit] = run.cloud.db.find('org_units', { _id: other }) as PathDoc[]
    expect(unit.path).toEqual([other])
  })
})
