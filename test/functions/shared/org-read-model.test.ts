import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { Database } from '../../../cloudfunctions/src/shared/db-types'
import {
  childrenOf,
  countUnitsUnder,
  getUnitsByIds,
  loadUnit,
  unitById,
  unitIdsUnder,
  unitsByLevel,
  unitsUnder,
  villagesUnder,
} from '../../../cloudfunctions/src/shared/org-units'
import {
  activePeopleOfUnits,
  getActivePerson,
  getPerson,
  peopleByIds,
} from '../../../cloudfunctions/src/shared/people'

// A prefecture over two counties, 1,250 villages in all (more than one server read returns), each
// village with a villager group under it, so paging and the group level are both exercised.
const VILLAGES_A = 1100
const VILLAGES_B = 150
const now = new Date('2026-11-20T00:00:00Z')
const pad = (n: number) => String(n).padStart(4, '0')

function unitDoc(_id: string, level: string, path: string[], code: string) {
  return {
    _id,
    code,
    name: _id,
    level,
    parentId: path.length > 1 ? path[path.length - 2] : null,
    path,
    createdAt: now,
    updatedAt: now,
  }
}

function tree() {
  const docs = [
    unitDoc('p1', 'prefecture', ['p1'], '41'),
    unitDoc('cA', 'county', ['p1', 'cA'], '4101'),
    unitDoc('cB', 'county', ['p1', 'cB'], '4102'),
  ]
  for (const [county, n] of [
    ['cA', VILLAGES_A],
    ['cB', VILLAGES_B],
  ] as const) {
    const township = `${county}-t1`
    docs.push(unitDoc(township, 'township', ['p1', county, township], `${county}-t1`))
    for (let i = 0; i < n; i++) {
      const v = `${county}-v${pad(i)}`
      docs.push(unitDoc(v, 'village', ['p1', county, township, v], `${county}-v${pad(i)}`))
      docs.push(
        unitDoc(`${v}-g1`, 'group', ['p1', county, township, v, `${v}-g1`], `${county}-v${pad(i)}-g1`),
      )
    }
  }
  return docs
}

let run: RunningCloud
let db: Database

beforeAll(async () => {
  run = await startLocalCloud({ http: false, seed: 'none' })
  const cloud = require('wx-server-sdk') as { init(o: object): void; database(o: object): unknown }
  cloud.init({})
  db = cloud.database({ throwOnNotFound: false }) as Database
  run.cloud.db.insertMany('org_units', tree())
  const person = (id: string, home: string, status: string) => ({
    _id: id,
    name: id,
    phoneMasked: '',
    phoneHash: id,
    roles: [],
    homeUnitId: home,
    openid: null,
    status,
    createdAt: now,
    updatedAt: now,
  })
  run.cloud.db.insertMany('people', [
    ...Array.from({ length: 1050 }, (_, i) => person(`p${pad(i)}`, `cA-v${pad(i % VILLAGES_A)}`, 'active')),
    person('gone', 'cA-v0000', 'revoked'),
  ])
}, 120_000)
afterAll(() => run.stop())

describe('the shared org read model', () => {
  test('villages under a prefecture are all found, past the 1,000 one read returns, in code order and without groups', async () => {
    const villages = await villagesUnder(db, ['p1'])
    expect(villages).toHaveLength(VILLAGES_A + VILLAGES_B)
    expect(villages.every((v) => v.level === 'village')).toBe(true)
    expect(villages.map((v) => v.code)).toEqual([...villages.map((v) => v.code)].sort())
  })

  test('villages under a county stop at its border; a village is under itself', async () => {
    expect(await villagesUnder(db, ['cA'])).toHaveLength(VILLAGES_A)
    expect(await villagesUnder(db, ['cB', 'cA-v0007'])).toHaveLength(VILLAGES_B + 1)
    expect((await villagesUnder(db, ['cA-v0007'])).map((v) => v._id)).toEqual(['cA-v0007'])
    expect(await villagesUnder(db, [])).toEqual([])
  })

  test('units of any level under a unit page past 1,000 too (groups, townships, counties)', async () => {
    expect(await unitsUnder(db, ['cA'], 'group')).toHaveLength(VILLAGES_A)
    expect((await unitsUnder(db, ['p1'], 'township')).map((t) => t._id)).toEqual(['cA-t1', 'cB-t1'])
    expect((await unitsByLevel(db, 'county')).map((c) => c._id)).toEqual(['cA', 'cB'])
    expect(await countUnitsUnder(db, ['p1'], 'village')).toBe(VILLAGES_A + VILLAGES_B)
  })

  test('a township with more than 1,000 children lists them all', async () => {
    expect(await childrenOf(db, ['cA-t1'])).toHaveLength(VILLAGES_A)
  })

  test('every unit id under a county comes back, the county itself included', async () => {
    expect(await unitIdsUnder(db, 'cA')).toHaveLength(1 + 1 + 2 * VILLAGES_A)
  })

  test('units by id: more than 1,000 ids at once, and one id by a document read', async () => {
    const ids = Array.from({ length: VILLAGES_A }, (_, i) => `cA-v${pad(i)}`)
    const map = await getUnitsByIds(db, [...ids, 'missing'])
    expect(map.size).toBe(VILLAGES_A)
    expect((await getUnitsByIds(db, ['cB'])).get('cB')?.level).toBe('county')
    expect(await unitById(db, 'missing')).toBeNull()
    await expect(loadUnit(db, 'missing')).rejects.toMatchObject({
      code: 'not-found',
      message: '未找到该单位',
    })
  })

  test('people by id and of their home units, past 1,000, revoked ones only where asked for', async () => {
    const all = Array.from({ length: 1050 }, (_, i) => `p${pad(i)}`)
    expect((await peopleByIds(db, [...all, 'gone'])).size).toBe(1051)
    const homes = Array.from({ length: VILLAGES_A }, (_, i) => `cA-v${pad(i)}`)
    const active = await activePeopleOfUnits(db, homes)
    expect(active).toHaveLength(1050)
    expect(active.map((p) => p._id)).toEqual([...all].sort())
    expect((await getPerson(db, 'gone'))?.status).toBe('revoked')
    expect(await getActivePerson(db, 'gone')).toBeNull()
  })
})
