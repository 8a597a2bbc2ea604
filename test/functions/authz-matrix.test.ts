import { listActions } from '../../types/api'
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { AUTHZ_ROWS } from './authz'
import { DECIDING_ACTIONS } from './authz/deciding'
import { expectedOf, IDENTITIES } from './authz/types'
import { addPrefecture } from '../helpers/prefecture'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
  await addPrefecture(run)
}, 120_000)
afterAll(() => run.stop())

const actions = listActions()

type Envelope = { ok: boolean; error?: { code: string; message: string } }

/** ok: allowed; permission-denied or unauthenticated: refused; anything else by its code. */
function outcomeOf(res: Envelope): string {
  if (res.ok) return 'allowed'
  const code = res.error?.code ?? 'error'
  return code === 'permission-denied' || code === 'unauthenticated' ? 'refused' : code
}

describe('the authorization matrix', () => {
  test('every action of the contract has a row', () => {
    const missing = actions
      .filter(({ fn, action }) => !AUTHZ_ROWS[fn]?.[action])
      .map(({ fn, action }) => `${fn}.${action}`)
    expect(missing).toEqual([])
  })

  test('no row names an action the contract does not have', () => {
    const known = new Set(actions.map(({ fn, action }) => `${fn}.${action}`))
    const stale = Object.entries(AUTHZ_ROWS)
      .flatMap(([fn, rows]) => Object.keys(rows).map((a) => `${fn}.${a}`))
      .filter((k) => !known.has(k))
    expect(stale).toEqual([])
  })

  test('every deciding action has a self case, and only those', () => {
    const withSelf = Object.entries(AUTHZ_ROWS).flatMap(([fn, rows]) =>
      Object.entries(rows)
        .filter(([, row]) => row.self)
        .map(([a]) => `${fn}.${a}`),
    )
    expect(withSelf.sort()).toEqual([...DECIDING_ACTIONS].sort())
  })

  describe.each(actions.map(({ fn, action }) => [`${fn}.${action}`, fn, action] as const))(
    '%s',
    (_name, fn, action) => {
      test.each([...IDENTITIES])('as %s: allowed (ok) or refused as the row says', async (identity) => {
        const row = AUTHZ_ROWS[fn]?.[action]
        expect(row).toBeDefined()
        if (!row) return
        const input = await row.input(run, identity)
        const res = (await run.callRaw(fn, action, input, identity)) as Envelope
        if (row.after) await row.after(run, identity)
        const expected = expectedOf(row, identity)
        const outcome = outcomeOf(res)
        // The message is shown only when the outcome is not the expected one.
        expect({
          identity,
          outcome,
          ...(outcome === expected ? {} : { message: res.error?.message }),
        }).toEqual({ identity, outcome: expected })
      })
    },
  )

  describe.each(DECIDING_ACTIONS.map((name) => [name, ...name.split('.')] as const))(
    '%s on the caller’s own case',
    (_name, fn, action) => {
      test('is refused and changes no document', async () => {
        const self = AUTHZ_ROWS[fn]?.[action]?.self
        expect(self).toBeDefined()
        if (!self) return
        const { openid, input } = await self(run)
        const before = run.cloud.db.snapshot()
        const res = (await run.callRaw(fn, action, input, openid)) as Envelope
        expect(res).toEqual({
          ok: false,
          error: { code: 'permission-denied', message: expect.stringContaining('与本人有关') },
        })
        expect(run.cloud.db.snapshot()).toEqual(before)
      })
    },
  )
})
