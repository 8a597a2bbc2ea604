import type { ActionFigures } from './run-actions'
import { timerRuns, type NightlyFigures } from './specs/nightly-jobs'
import type { ThroughputFigures } from './http-throughput'

/** The county-scale run the prefecture figures are printed beside (docs/bench/latest.json). */
export interface CountyFigures {
  load_seconds: number
  rss_mb: number
  actions: ActionFigures[]
  checkin_http?: { rps: number; errors: number; total: number }
}

export interface PrefectureFigures {
  counties: number
  load_seconds: number
  load_target_seconds: number
  seed_rss_mb: number
  documents: Record<string, number>
  actions: ActionFigures[]
  nightly: NightlyFigures
  nightly_per_county_seconds: number
  rss_mb: number
  rss_target_mb: number
  checkin_http: ThroughputFigures
}

const pad = (s: string | number, n: number) => String(s).padEnd(n)
const over = (value: number, target: number | undefined) =>
  target !== undefined && value > target ? ' ✗' : ''

/** Same action and caller, in order: the n-th such row of the county run. */
function countyRow(county: CountyFigures | null, a: ActionFigures, nth: number): ActionFigures | undefined {
  return county?.actions.filter((c) => c.action === a.action && c.openid === a.openid)[nth]
}

export function printPrefecture(f: PrefectureFigures, county: CountyFigures | null): void {
  const d = f.documents
  console.log(`\nzhucun benchmark — prefecture scale (${f.counties} counties), local cloud (SQLite WAL)`)
  console.log(
    `documents: ${d.org_units} units, ${d.people} people, ${d.households} households, ${d.presence_checkins} check-ins, ` +
      `${d.visits} visits, ${d.rectify_items} rectification items`,
  )
  console.log(
    `seed load: ${f.load_seconds} s (target ≤ ${f.load_target_seconds} s; county scale ${county?.load_seconds ?? '—'} s), ` +
      `seed process peak RSS ${f.seed_rss_mb} MB${over(f.seed_rss_mb, f.rss_target_mb)}`,
  )
  console.log(
    pad('action', 26) +
      pad('caller', 22) +
      pad('p95 ms', 10) +
      pad('target', 8) +
      pad('examined', 10) +
      pad('| county p95', 13) +
      'examined',
  )
  const seen = new Map<string, number>()
  for (const a of f.actions) {
    const key = `${a.action} ${a.openid}`
    const nth = seen.get(key) ?? 0
    seen.set(key, nth + 1)
    const c = countyRow(county, a, nth)
    console.log(
      pad(a.action, 26) +
        pad(a.openid.slice(0, 21), 22) +
        pad(a.p95_ms + over(a.p95_ms, a.target_p95_ms), 10) +
        pad(a.target_p95_ms ? `≤${a.target_p95_ms}` : '', 8) +
        pad(a.docs_examined, 10) +
        pad(`| ${c ? c.p95_ms : '—'}`, 13) +
        (c ? c.docs_examined : '—') +
        (a.errors ? `  ${a.errors} errors` : ''),
    )
  }
  const n = f.nightly
  console.log(
    `nightly jobs (${n.day}), fanned out over ${f.counties} counties: ${n.county_seconds} s in all county invocations, ` +
      `${f.nightly_per_county_seconds} s per county (target ≤ ${n.target_seconds} s), longest invocation ${n.longest_invocation_ms} ms`,
  )
  for (const j of n.jobs)
    console.log(
      `  ${j.fn}: ${j.county_invocations} county invocation(s), ${j.county_ms} ms (timer ${j.timer_ms} ms${timerRuns(j)})`,
    )
  console.log(
    `peak RSS of the bench process: ${f.rss_mb} MB (target ≤ ${f.rss_target_mb}${over(f.rss_mb, f.rss_target_mb)}; county scale ${county?.rss_mb ?? '—'} MB)`,
  )
  const h = f.checkin_http
  console.log(
    `check-in over HTTP, 20 clients: ${h.rps} req/s, ${h.total} requests, ${h.errors} errors; ${h.captures} fresh captures ` +
      `for the run, ran ${h.ran_seconds} of ${h.seconds} s (county scale ${county?.checkin_http?.rps ?? '—'} req/s)`,
  )
}
