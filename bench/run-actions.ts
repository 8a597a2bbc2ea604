import type { LocalCloud } from '../emulator/local-cloud'
import type { BenchSpec } from './specs/types'
import { median, percentile, round } from './stats'

export interface ActionFigures {
  action: string
  openid: string
  p50_ms: number
  p95_ms: number
  db_requests: number
  docs_examined: number
  docs_returned: number
  errors: number
  target_p95_ms?: number
}

/** Runs each spec many times in this process and reads the local cloud's per-invocation figures. */
export async function runActions(
  cloud: LocalCloud,
  specs: BenchSpec[],
  defaultIterations: number,
): Promise<ActionFigures[]> {
  const out: ActionFigures[] = []
  for (const spec of specs) {
    const [fn, action] = spec.action.split('.')
    const n = spec.iterations ?? defaultIterations
    const times: number[] = []
    const requests: number[] = []
    const examined: number[] = []
    const returned: number[] = []
    let errors = 0
    if (spec.setup) await spec.setup(cloud)
    for (let i = -5; i < n; i++) {
      const started = performance.now()
      // Warm-up calls take the first indexes, so every call of a varying spec is distinct.
      const k = i + 5
      const res = (await cloud.call(
        fn,
        action,
        spec.input(k, cloud),
        spec.caller ? spec.caller(k, cloud) : spec.openid,
      )) as { ok?: boolean; error?: unknown }
      const ms = performance.now() - started
      if (i < 0) continue // warm-up: the first calls load the bundle and fill SQLite's cache
      const rec = cloud.invoker.records[cloud.invoker.records.length - 1]
      if (!res?.ok) {
        errors += 1
        if (errors === 1) console.error(`  ${spec.action} as ${spec.openid}: ${JSON.stringify(res?.error)}`)
      }
      times.push(ms)
      requests.push(rec.dbRequests)
      examined.push(rec.docsExamined)
      returned.push(rec.docsReturned)
    }
    out.push({
      action: spec.action,
      openid: spec.openid,
      p50_ms: round(median(times)),
      p95_ms: round(percentile(times, 95)),
      db_requests: median(requests),
      docs_examined: Math.max(...examined),
      docs_returned: median(returned),
      errors,
      target_p95_ms: spec.targetP95Ms,
    })
  }
  return out
}
