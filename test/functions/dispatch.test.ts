import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

describe('the shared dispatcher', () => {
  test('an unknown action returns not-found and names it', async () => {
    const res = await run.callRaw('org', 'dropTables', {}, 'demo-admin')
    expect(res).toEqual({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('dropTables') },
    })
  })

  test('an event without an action returns not-found', async () => {
    const res = await run.cloud.invoke('org', { input: {} }, { openid: 'demo-admin' })
    expect(res).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  test('an unexpected input field returns invalid-argument naming the field, in Chinese', async () => {
    const res = (await run.callRaw('org', 'getWorkbench', { openid: 'demo-admin' }, 'demo-secretary')) as {
      ok: false
      error: { code: string; field: string; message: string }
    }
    expect(res.ok).toBe(false)
    expect(res.error.code).toBe('invalid-argument')
    expect(res.error.field).toBe('openid')
    expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  test('a WeChat user who is not bound gets unauthenticated', async () => {
    const res = await run.call('org', 'getWorkbench', {}, 'o-stranger')
    expect(res).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
  })

  test('identity comes from the WeChat context, never from the input', async () => {
    const res = (await run.call('org', 'getWorkbench', {}, 'demo-secretary')) as {
      ok: true
      data: { person: { name: string }; roles: Array<{ role: string; postLabel?: string }> }
    }
    expect(res.ok).toBe(true)
    expect(res.data.roles[0]).toMatchObject({ role: 'resident_cadre', postLabel: '第一书记' })
  })
})
