import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalCloud } from '../emulator/local-cloud'
import { createServer, listen } from '../emulator/http/server'
import type { LoadJob, LoadResult } from './load-client'
import { loadPool } from './load-cadres'

export interface ThroughputFigures {
  rps: number
  total: number
  /** Transport errors, timeouts, non-2xx answers and envelopes with ok: false. */
  errors: number
  p50_ms: number
  p99_ms: number
  /** Fresh captures the run could send; a run that sent them all ended early (ran_seconds < seconds). */
  captures: number
  seconds: number
  ran_seconds: number
}

/**
 * POSTs check-ins to `/fn/<fn>` from 20 concurrent connections for `seconds`, each request a new
 * capture of another cadre. The load generator runs in its own process, as real clients do, so it
 * does not take the server's event loop; every answer that is not a 2xx `{ ok: true }` is an error,
 * counted both by the client and by the local cloud's own outcome counter.
 */
export async function httpThroughput(
  job: Omit<LoadJob, 'connections'>,
  isOk: () => number,
): Promise<ThroughputFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'zhucun-load-'))
  const file = join(dir, 'job.json')
  writeFileSync(file, JSON.stringify({ ...job, connections: 20 } satisfies LoadJob))
  const okBefore = isOk()
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', join(__dirname, 'load-client.ts'), file],
        { maxBuffer: 1024 * 1024 },
        (err, out, errOut) =>
          err ? reject(new Error(`load client failed: ${errOut || err.message}`)) : resolve(out),
      )
    })
    const r = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as LoadResult
    const okCount = isOk() - okBefore
    // An answer the server counted as not ok but the client missed (or the reverse) is still an error.
    const notOk = Math.max(r.notOk, r.total - okCount - r.non2xx - r.transportErrors - r.timeouts)
    return {
      rps: r.rps,
      total: r.total,
      errors: r.transportErrors + r.timeouts + r.non2xx + Math.max(0, notOk),
      p50_ms: r.p50_ms,
      p99_ms: r.p99_ms,
      captures: r.captures,
      seconds: job.seconds,
      ran_seconds: Math.round(r.seconds * 10) / 10,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The benchmark's check-in run: the local cloud served over HTTP on 127.0.0.1, 20 clients for 5 s
 * (`--quick`) or 30 s, each request a fresh capture of another cadre.
 */
export async function checkInOverHttp(cloud: LocalCloud, quick: boolean): Promise<ThroughputFigures> {
  const seconds = quick ? 5 : 30
  const app = createServer(cloud)
  const url = await listen(app, cloud)
  try {
    return await httpThroughput(
      { url, fn: 'presence', action: 'checkIn', seconds, offset: 1000, pool: loadPool(cloud, seconds, 1000) },
      () => cloud.invoker.outcomes.get('ok') ?? 0,
    )
  } finally {
    await app.close()
  }
}
