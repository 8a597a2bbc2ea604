/**
 * The HTTP load generator, in its own process like a real client: 20 connections POST check-ins to
 * the local cloud for a while and report what came back. Run by bench/http-throughput.ts with a job
 * file; prints one JSON line.
 */
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'
import { type Cadre, captureSupply, checkInCall } from './specs/check-in-calls'

export interface LoadJob {
  url: string
  fn: string
  action: string
  seconds: number
  connections: number
  /** First call index, past the in-process calls, so every request claims a fresh half-day slot. */
  offset: number
  pool: Cadre[]
}

export interface LoadResult {
  rps: number
  total: number
  transportErrors: number
  timeouts: number
  non2xx: number
  /** 2xx answers whose envelope was not `{ ok: true }`. */
  notOk: number
  p50_ms: number
  p99_ms: number
  /** Fresh captures the pool holds for this run, and how long the run lasted (s). */
  captures: number
  seconds: number
}

async function run(job: LoadJob): Promise<LoadResult> {
  let n = job.offset
  let notOk = 0
  const supply = captureSupply(job.pool.length, job.offset)
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    // A fast run ends when the fresh captures do, never with captures the server must refuse as too old.
    maxOverallRequests: supply,
    requests: [
      {
        method: 'POST',
        path: `/fn/${job.fn}`,
        setupRequest: (req) => {
          const call = checkInCall(job.pool, n++)
          return {
            ...req,
            headers: { 'content-type': 'application/json', 'x-dev-openid': call.openid },
            body: JSON.stringify({ action: job.action, input: call.input }),
          }
        },
        onResponse: (status, body) => {
          if (status < 300 && !body.startsWith('{"ok":true')) notOk += 1
        },
      },
    ],
  })
  return {
    rps: Math.round(result.requests.average),
    total: result.requests.total,
    transportErrors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    notOk,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    captures: supply,
    seconds: result.duration,
  }
}

const job = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadJob
run(job).then(
  (r) => console.log(JSON.stringify(r)),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
