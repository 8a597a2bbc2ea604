import type { ActionFigures } from './run-actions'

interface Figures {
  scale: string
  load_seconds: number
  actions: ActionFigures[]
  rss_mb: number
  checkin_rps: number
  checkin_errors: number
  checkin_captures: number
  checkin_ran_seconds: number
  baseline_insert_read_p50_ms: number
  baseline_ratio: number | null
}

const pad = (s: string | number, n: number) => String(s).padEnd(n)

/** The human-readable table; the JSON file carries the same figures. */
export function printReport(f: Figures): void {
  console.log(`\nzhucun benchmark — ${f.scale} scale, one process, local cloud (SQLite WAL)`)
  console.log(`seed load: ${f.load_seconds} s (target ≤ 90 s)`)
  console.log(
    pad('action', 32) +
      pad('caller', 18) +
      pad('p50 ms', 9) +
      pad('p95 ms', 9) +
      pad('target', 8) +
      pad('db req', 8) +
      pad('examined', 10) +
      pad('returned', 10) +
      'errors',
  )
  for (const a of f.actions) {
    const target = a.target_p95_ms ? `≤${a.target_p95_ms}` : ''
    const mark = a.target_p95_ms && a.p95_ms > a.target_p95_ms ? ' ✗' : ''
    console.log(
      pad(a.action, 32) +
        pad(a.openid, 18) +
        pad(a.p50_ms, 9) +
        pad(a.p95_ms + mark, 9) +
        pad(target, 8) +
        pad(a.db_requests, 8) +
        pad(a.docs_examined, 10) +
        pad(a.docs_returned, 10) +
        a.errors,
    )
  }
  console.log(`peak RSS: ${f.rss_mb} MB (target ≤ 1024)`)
  console.log(
    `check-in over HTTP, 20 clients: ${f.checkin_rps} req/s, ${f.checkin_errors} errors (target ≥ 500 req/s, 0 errors); ` +
      `${f.checkin_captures} fresh captures for the run, ran ${f.checkin_ran_seconds} s (none refused as too old)`,
  )
  console.log(
    `raw SQLite baseline (insert + indexed read): ${f.baseline_insert_read_p50_ms} ms p50; our check-in p50 is ${f.baseline_ratio ?? '—'}× that`,
  )
}
