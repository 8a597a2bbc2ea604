/**
 * `tsx scripts/runtime-smoke.ts [--node 24]`: the smoke set of every function's main actions on the
 * Node of 云函数 V2 (a binary from the npm registry, cached in .cache/), the functions in a child
 * process on that Node reaching the local cloud (on this Node) over wx-server-sdk's HTTP path.
 */
import { join } from 'node:path'
import { LocalCloud, REPO_ROOT } from '../emulator/local-cloud'
import { createServer, listen } from '../emulator/http/server'
import { seedScale } from '../emulator/seed/load-seed'
import { nodeBinary } from '../emulator/runtime/node-binary'
import { RuntimeHost } from '../emulator/runtime/runtime-host'
import { buildFunctions } from '../cloudfunctions/build'
import { runSmoke, SMOKE_NOW } from '../test/runtime/smoke-calls'

async function main(): Promise<void> {
  const i = process.argv.indexOf('--node')
  const major = i > 0 ? Number(process.argv[i + 1]) : 24
  const bin = nodeBinary(join(REPO_ROOT, '.cache'), major)
  await buildFunctions()
  // 云函数 V2 has no timer triggers: the daily jobs due by then run from the calls, on Node 24 too.
  const cloud = LocalCloud.create({ timerTriggers: false })
  cloud.invoker.env.ZHUCUN_NOW = SMOKE_NOW
  seedScale(cloud.db, 'demo')
  const app = createServer(cloud)
  const url = await listen(app, cloud)
  let requests = 0
  const counted = cloud.db.onRequest
  cloud.db.onRequest = (info) => {
    requests += 1
    counted?.(info)
  }
  const host = await RuntimeHost.start(bin, cloud, url)
  console.log(`functions on Node ${host.version} (${bin}); local cloud on Node ${process.version} at ${url}`)
  const results = await runSmoke(cloud, (fn, action, input, openid) => host.call(fn, action, input, openid))
  for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name}${r.ok ? '' : `: ${r.detail}`}`)
  const runs = cloud.db.find('job_runs', {}).map((r) => `${String(r.job)} (${String(r.via)})`)
  console.log(`  daily jobs caught up: ${runs.join(', ') || 'none'}`)
  if (runs.length < 3)
    results.push({ name: 'daily jobs due by 09:00 caught up', ok: false, detail: runs.join(', ') })
  const failed = results.filter((r) => !r.ok).length
  // Every call must have reached the database over HTTP: the child has no other way to it.
  console.log(`${results.length - failed} passed, ${failed} failed; ${requests} database requests over HTTP`)
  host.stop()
  await app.close()
  cloud.close()
  process.exit(failed > 0 || requests === 0 ? 1 : 0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
