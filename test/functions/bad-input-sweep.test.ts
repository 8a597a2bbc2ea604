import { listActions } from '../../types/api'
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { AUTHZ_ROWS } from './authz'
import { mutationsOf } from './bad-input-mutations'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

describe('the bad-input sweep', () => {
  test('every invalid input to every action returns invalid-argument naming a field, and changes no document', async () => {
    // Valid bases come from the authorization rows; building them may write, so snapshot after.
    const bases = []
    for (const { fn, action, def } of listActions()) {
      const row = AUTHZ_ROWS[fn]?.[action]
      if (row) bases.push({ fn, action, def, valid: await row.input(run, 'demo-admin') })
    }
    const before = run.cloud.db.snapshot()
    const wrong: string[] = []
    let sent = 0
    for (const { fn, action, def, valid } of bases) {
      for (const m of mutationsOf(valid)) {
        // A variant the schema accepts is not a bad input (an optional field removed, say).
        if (def.input.safeParse(m.input).success) continue
        sent += 1
        const res = (await run.callRaw(fn, action, m.input, 'demo-admin')) as {
          ok: boolean
          error?: { code: string; message: string }
        }
        const code = res.ok ? 'ok' : res.error?.code
        if (code !== 'invalid-argument' || !/[\u4e00-\u9fa5]/.test(res.error?.message ?? ''))
          wrong.push(`${fn}.${action} [${m.label}] → ${code}: ${res.error?.message ?? ''}`)
      }
    }
    expect(wrong).toEqual([])
    expect(sent).toBeGreaterThanOrEqual(bases.length * 5)
    expect(run.cloud.db.snapshot()).toEqual(before)
  })
})
