import { join } from 'node:path'
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'

const HELLO = join(__dirname, '..', 'fixtures', 'functions', 'hello')
let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false, seed: 'none' })
})
afterAll(() => run.stop())

interface Hello {
  openid: string
  appid?: string
  kind: string
  total: number
  openidAfterAwait: string
  source: string
  hasOpenid: boolean
  inner?: Hello
}

describe('hosting a function folder written elsewhere', () => {
  test('plain wx-server-sdk code runs with the caller identity and the local database', async () => {
    const res = (await run.cloud.invoke(HELLO, {}, { openid: 'o-visitor' })) as Hello
    expect(res).toMatchObject({ openid: 'o-visitor', appid: 'wx-local-zhucun', kind: 'call', total: 1 })
  })

  test('overlapping invocations keep their own OPENID across awaits', async () => {
    const calls = Array.from(
      { length: 8 },
      (_, i) =>
        run.cloud.invoke(HELLO, { delayMs: 20 + (i % 3) * 10 }, { openid: `o-user-${i}` }) as Promise<Hello>,
    )
    const results = await Promise.all(calls)
    results.forEach((r, i) => {
      expect(r.openid).toBe(`o-user-${i}`)
      expect(r.openidAfterAwait).toBe(`o-user-${i}`)
    })
  })

  test('a timer trigger fires on demand as WeChat delivers it: a Timer event, no user at all, SOURCE wx_trigger', async () => {
    run.cloud.host.load(HELLO)
    const res = (await run.cloud.timers.fireNow(HELLO, 'every-minute')) as Hello
    expect(res).toMatchObject({ kind: 'timer', openid: '', hasOpenid: false, source: 'wx_trigger' })
    expect(res.appid).toBeUndefined()
  })

  test('SOURCE names the call chain: wx_client from the app, with scf added for a function calling another', async () => {
    const res = (await run.cloud.invoke(HELLO, { callAgain: HELLO }, { openid: 'o-visitor' })) as Hello
    expect(res).toMatchObject({ source: 'wx_client', openid: 'o-visitor' })
    expect(res.inner).toMatchObject({ source: 'wx_client,scf', openid: 'o-visitor' })
  })

  test('an unknown function is refused with a clear error', async () => {
    await expect(run.cloud.invoke('no-such-fn', {}, { openid: '' })).rejects.toThrow('云函数不存在')
  })

  test('platform calls that are not emulated fail at once instead of reaching the network', () => {
    const sdk = require('wx-server-sdk') as { getOpenData: () => unknown }
    expect(() => sdk.getOpenData()).toThrow('未在本地云中模拟')
  })
})
