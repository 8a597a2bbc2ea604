import { runInNewContext } from 'node:vm'
import { earlyCallScript } from '../../config/early-call-script'
import { EARLY_CALL_GLOBAL } from '../../config/early-call-names'
import { takeEarlyCall } from '../../src/services/early-call'

interface Sent {
  url: string
  init: { method: string; headers: Record<string, string>; body: string }
}

/** Runs index.html's early script as the browser would, at a route with a stored identity. */
function runScript(hash: string, openid: string | null, answer: unknown = { ok: true, data: 'wb' }) {
  const sent: Sent[] = []
  const window: Record<string, unknown> = {}
  Object.assign(window, {
    window,
    location: { hash },
    localStorage: { getItem: (key: string) => (key === 'zhucun.devOpenid' ? openid : null) },
    fetch: (url: string, init: Sent['init']) => {
      sent.push({ url, init })
      return Promise.resolve({ ok: true, json: () => Promise.resolve(answer) })
    },
  })
  runInNewContext(earlyCallScript(''), window)
  return { sent, early: window[EARLY_CALL_GLOBAL] }
}

afterEach(() => Reflect.deleteProperty(globalThis, EARLY_CALL_GLOBAL))

describe('the first call index.html starts before the app’s scripts arrive', () => {
  it('asks for the workbench, as the app would, when a signed-in identity opens a workbench tab', () => {
    for (const hash of ['', '#/', '#/pages/home/index', '#/pages/me/index?x=1']) {
      const { sent } = runScript(hash, 'demo-secretary')
      expect(sent).toHaveLength(1)
      expect(sent[0].url).toBe('/fn/org')
      expect(sent[0].init.headers['x-dev-openid']).toBe('demo-secretary')
      expect(JSON.parse(sent[0].init.body)).toEqual({ action: 'getWorkbench', input: {} })
    }
  })

  it('asks nothing on other pages or without a signed-in identity', () => {
    expect(runScript('#/packages/visit/pages/list/index', 'demo-secretary').sent).toHaveLength(0)
    expect(runScript('#/pages/home/index', null).sent).toHaveLength(0)
  })

  it('hands its answer to the app once, and only for the same call by the same identity', async () => {
    const { early } = runScript('#/pages/home/index', 'demo-secretary')
    Reflect.set(globalThis, EARLY_CALL_GLOBAL, early)
    expect(takeEarlyCall('org', 'getWorkbench', 'demo-other')).toBeNull()
    Reflect.set(globalThis, EARLY_CALL_GLOBAL, early)
    expect(takeEarlyCall('presence', 'getWorkbench', 'demo-secretary')).toBeNull()
    Reflect.set(globalThis, EARLY_CALL_GLOBAL, early)
    await expect(takeEarlyCall('org', 'getWorkbench', 'demo-secretary')).resolves.toEqual({
      ok: true,
      data: 'wb',
    })
    expect(takeEarlyCall('org', 'getWorkbench', 'demo-secretary')).toBeNull()
  })
})
