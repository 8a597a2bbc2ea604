// The daily jobs of one county at county scale, each timer at its time of day: the starting
// invocation fans out (shared/county-fan-out.ts) and each county invocation does bounded steps. The
// figure is the time the county's invocations take in all, against the 20 s target.
import type { LocalCloud } from '../../emulator/local-cloud'

export const NIGHTLY_TARGET_SECONDS = 20

/** Every function with a timer, with its Shanghai minute (config.json's triggers). */
const TIMERS: ReadonlyArray<[fn: string, minute: number]> = [
  ['report', 5],
  ['visit', 150],
  ['presence', 210],
  ['rectify', 480],
  ['task', 420],
  ['notice', 960],
]

export interface NightlyFigures {
  day: string
  /** Seconds the county's own invocations took, all jobs together. */
  county_seconds: number
  target_seconds: number
  /** The longest single county invocation (each must stay well under the function's timeout). */
  longest_invocation_ms: number
  jobs: Array<{
    fn: string
    county_invocations: number
    county_ms: number
    timer_ms: number
    counts: unknown
  }>
}

const at = (day: string, minute: number) =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + (minute - 8 * 60) * 60_000).toISOString()

export async function measureNightlyJobs(cloud: LocalCloud, day: string): Promise<NightlyFigures> {
  // An ordinary night follows other nights: yesterday's timers ran first (not counted).
  const yesterday = new Date(Date.parse(`${day}T00:00:00.000Z`) - 86_400_000).toISOString().slice(0, 10)
  for (const [fn, minute] of TIMERS) {
    cloud.invoker.env.ZHUCUN_NOW = at(yesterday, minute)
    await cloud.timers
      .fireNow(fn)
      .catch((err: unknown) => console.log(`yesterday's ${fn} timer: ${String(err)}`))
  }
  const jobs: NightlyFigures['jobs'] = []
  let longest = 0
  for (const [fn, minute] of TIMERS) {
    cloud.invoker.env.ZHUCUN_NOW = at(day, minute)
    // The invoker keeps its latest 1,000 records: find where this timer's start, not at an index.
    const last = cloud.invoker.records[cloud.invoker.records.length - 1]
    // A timer that fails is reported with the figures, not hidden: the next run resumes it.
    const answer: unknown = await cloud.timers.fireNow(fn).catch((err: unknown) => ({ error: String(err) }))
    // The county invocations end before the timer's own, which is the last record.
    const mine = cloud.invoker.records
      .slice(last ? cloud.invoker.records.indexOf(last) + 1 : 0)
      .filter((r) => r.fn === fn)
    const timer = mine[mine.length - 1]
    const county = mine.slice(0, -1)
    for (const r of county) longest = Math.max(longest, r.durationMs)
    jobs.push({
      fn,
      county_invocations: county.length,
      county_ms: Math.round(county.reduce((s, r) => s + r.durationMs, 0)),
      timer_ms: Math.round(timer?.durationMs ?? 0),
      counts: typeof answer === 'object' && answer !== null ? (Reflect.get(answer, 'data') ?? answer) : null,
    })
  }
  return {
    day,
    county_seconds: Math.round(jobs.reduce((s, j) => s + j.county_ms, 0) / 100) / 10,
    target_seconds: NIGHTLY_TARGET_SECONDS,
    longest_invocation_ms: Math.round(longest),
    jobs,
  }
}

export function printNightly(f: NightlyFigures): void {
  console.log(
    `nightly jobs of one county (${f.day}): ${f.county_seconds} s in county invocations (target ≤ ${f.target_seconds} s), longest invocation ${f.longest_invocation_ms} ms`,
  )
  for (const j of f.jobs)
    console.log(
      `  ${j.fn}: ${j.county_invocations} county invocation(s), ${j.county_ms} ms (timer ${j.timer_ms} ms)`,
    )
}
