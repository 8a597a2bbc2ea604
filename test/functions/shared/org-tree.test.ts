import fc from 'fast-check'
import { ORG_LEVELS, type OrgLevel } from '../../../types/domain/org-unit'
import {
  ancestorIdOf,
  countyIdOf,
  countyIdOrThrow,
  countyIdsOf,
  placeOfVillagePath,
  prefectureIdOf,
  townshipIdOf,
  townshipIdOrThrow,
  villageIdOf,
} from '../../../cloudfunctions/src/shared/org-tree'

const unit = (level: OrgLevel, path: string[]) => ({ _id: path[path.length - 1], level, path })

describe('where a unit sits in the org tree', () => {
  test('a group under a village under a prefecture names every ancestor', () => {
    const g = unit('group', ['p1', 'c1', 't1', 'v1', 'g1'])
    expect([prefectureIdOf(g), countyIdOf(g), townshipIdOf(g), villageIdOf(g)]).toEqual([
      'p1',
      'c1',
      't1',
      'v1',
    ])
  })

  test('a group is read as a group, not as a village: its county is two above its village', () => {
    expect(countyIdOf(unit('group', ['c1', 't1', 'v1', 'g1']))).toBe('c1')
    expect(townshipIdOf(unit('group', ['c1', 't1', 'v1', 'g1']))).toBe('t1')
  })

  test('a county without a prefecture above has no prefecture, and is its own county', () => {
    const c = unit('county', ['c1'])
    expect(prefectureIdOf(c)).toBeNull()
    expect(countyIdOf(c)).toBe('c1')
  })

  test('a prefecture has no county and no township: null, never an empty string or a throw', () => {
    const p = unit('prefecture', ['p1'])
    expect(countyIdOf(p)).toBeNull()
    expect(townshipIdOf(p)).toBeNull()
    expect(prefectureIdOf(p)).toBe('p1')
  })

  test('a path too short for the level gives null', () => {
    expect(countyIdOf(unit('village', ['t1', 'v1']))).toBeNull()
  })

  test('the …OrThrow forms refuse a unit with no county or township with a Chinese failed-precondition', () => {
    expect(() => countyIdOrThrow(unit('prefecture', ['p1']))).toThrow(
      expect.objectContaining({ code: 'failed-precondition', message: '该单位不属于任何区县' }),
    )
    expect(() => townshipIdOrThrow(unit('county', ['c1']))).toThrow(
      expect.objectContaining({ code: 'failed-precondition' }),
    )
    expect(countyIdOrThrow(unit('township', ['p1', 'c1', 't1']))).toBe('c1')
  })

  test('the counties of several units come once each, skipping units above counties', () => {
    expect(
      countyIdsOf([
        unit('village', ['c1', 't1', 'v1']),
        unit('township', ['c1', 't2']),
        unit('prefecture', ['p1']),
        unit('county', ['p1', 'c2']),
      ]),
    ).toEqual(['c1', 'c2'])
  })

  test('a household path names its village, township and county', () => {
    expect(placeOfVillagePath(['p1', 'c1', 't1', 'v1'])).toEqual({
      countyId: 'c1',
      townshipId: 't1',
      villageId: 'v1',
    })
    expect(placeOfVillagePath([])).toEqual({ countyId: null, townshipId: null, villageId: null })
  })

  test('for any well-formed path, the ancestor at each level is the id at that depth (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (rank, asked, withPrefecture) => {
          const top = withPrefecture ? 0 : 1
          fc.pre(rank >= top)
          const path = ORG_LEVELS.slice(top, rank + 1).map((l) => `${l}-id`)
          const expected = asked >= top && asked <= rank ? `${ORG_LEVELS[asked]}-id` : null
          expect(ancestorIdOf(unit(ORG_LEVELS[rank], path), ORG_LEVELS[asked])).toBe(expected)
        },
      ),
    )
  })
})
