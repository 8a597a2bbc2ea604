import { filterByName } from '../../../types/domain/name-search'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { notice, NOW, ok } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

type Villages = { villages: Array<{ code: string; name: string; initials: string; townshipName: string }> }

describe('a villager finds their village without signing in', () => {
  test('every village comes with its pinyin initials, so the public page can search by them', async () => {
    const { villages } = await ok<Villages>(notice(run, 'listVillages', {}, 'unbound-villager'))
    expect(villages.length).toBeGreaterThan(0)
    for (const v of villages) expect(v.initials).toMatch(/^[a-z0-9]+$/)
    const first = villages[0]
    expect(filterByName(villages, { q: first.initials }, (v) => v).map((v) => v.code)).toContain(first.code)
  })
})
