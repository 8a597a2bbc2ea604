import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { RuntimeHost } from '../../emulator/runtime/runtime-host'
import { runSmoke, SMOKE_NOW } from '../runtime/smoke-calls'

// The Node 24 step of `npm test` runs the same set on Node 24; here the child runs this Node.
let run: RunningCloud
let host: RuntimeHost
let overHttp = 0
beforeAll(async () => {
  run = await startLocalCloud({ http: true, now: SMOKE_NOW })
  const counted = run.cloud.db.onRequest
  run.cloud.db.onRequest = (info) => {
    overHttp += 1
    counted?.(info)
  }
  host = await RuntimeHost.start(process.execPath, run.cloud, run.url)
}, 30_000)
afterAll(async () => {
  host.stop()
  await run.stop()
})

test("functions in another process serve every main action through the SDK's HTTP path to the local cloud", async () => {
  const results = await runSmoke(run.cloud, (fn, action, input, openid) =>
    host.call(fn, action, input, openid),
  )
  expect(results.filter((r) => !r.ok)).toEqual([])
  // No invocation ran in this process: every database request came over HTTP.
  expect(run.cloud.invoker.records).toEqual([])
  expect(overHttp).toBeGreaterThan(results.length)
  // The import read its file through the forwarded downloadFile and wrote the households.
  expect(run.cloud.db.find('households', { headName: '冒烟户1' })).toHaveLength(1)
}, 60_000)
