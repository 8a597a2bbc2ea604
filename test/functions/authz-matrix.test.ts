import { listActions } from '../../types/api'
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { AUTHZ_ROWS } from './authz'
import { IDENTITIES } from './authz/types'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

const actions = listActions()

describe('the authorization matrix', () => {
  test('every action of the contract has a row', () => {
    const missing = actions.filter(({ fn, action }) => !AUTHZ_ROWS[fn]?.[action]).map(({ fn, action }) => `${fn}.${action}`)
    expect(missing).toEqual([])
  })

  test('no row names an action the contract does not have', () => {
    const known = new Set(actions.map(({ fn, action }) => `${fn}.${action}`))
    const stale = Object.entries(AUTHZ_ROWS).flatMap(([fn, rows]) => Object.keys(rows).map((a) => `${fn}.${a}`)).filter((k) => !known.has(k))
    expect(stale).toEqual([])
  })

  describe.each(actions.map(({ fn, action }) => [`${fn}.${action}`, fn, action] as const))('%s', (_name, fn, action) => {
    test.each([...IDENTITIES])('as %s: allowed or refused as the row says', async (identity) => {
      const row = AUTHZ_ROWS[fn]?.[action]
      expect(row).toBeDefined()
      if (!row) return
      const input = await row.input(run, identity)
      const res = (await run.call(fn, action, input, identity)) as { ok: boolean; error?: { code: string; message: string } }
      const refused = !res.ok && (res.error?.code === 'permission-denied' || res.error?.code === 'unauthenticated')
      const expected = row.allowed.includes(identity) ? 'allowed' : 'refused'
      expect({ identity, outcome: refused ? 'refused' : 'allowed', error: res.error?.code === 'internal' ? res.error : undefined }).toEqual({ identity, outcome: expected, error: undefined })
    })
  })
})
