// The daily jobs of one county at county scale, each timer at its time of day: the starting
// invocation fans out (shared/county-fan-out.ts) and each county invocation does bounded steps. The
// figure is the time the county's invocations take in all, against the 20 s target. A timer
// run that leaves counties unfinished (its time budget spent) is started again, as the next start
// would resume them, so every county's night is in the sum. The local cloud runs the fan-out's
// parallel county invocations on one thread: each one's time includes the others' work.
import type { LocalCloud } from '../../emulator/local-cloud'
import type { InvocationRecord } from '../../emulator/host/invoker'

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
    /** Timer runs it took until no county was left unfinished (more than 1: the budget ran out). */
    timer_runs: number
    county_invocations: number
    county_ms: number
    timer_ms: number
    counts: unknown
  }>
}

/** Starts of one timer in a night at most: a county still unfinished after them is a failure to show. */
const MAX_TIMER_RUNS = 5

/** Counties a timer run left with work (its time budget spent), from its answer. */
function unfinished(answer: unknown): number {
  const data: unknown = typeof answer === 'object' && answer !== null ? Reflect.get(answer, 'data') : null
  const n: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'unfinishedCounties') : 0
  return typeof n === 'number' ? n : 0
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
    let answer: unknown = null
    let timerRuns = 0
    let timerMs = 0
    const county: InvocationRecord[] = []
    do {
      // The invoker keeps its latest 1,000 records: find where this timer's start, not at an index.
      const last = cloud.invoker.records[cloud.invoker.records.length - 1]
      // A timer that fails is reported with the figures, not hidden: the next run resumes it.
      answer = await cloud.timers.fireNow(fn).catch((err: unknown) => ({ error: String(err) }))
      timerRuns += 1
      // The county invocations end before the timer's own, which is the last record.
      const mine = cloud.invoker.records
        .slice(last ? cloud.invoker.records.indexOf(last) + 1 : 0)
        .filter((r) => r.fn === fn)
      timerMs += mine[mine.length - 1]?.durationMs ?? 0
      county.push(...mine.slice(0, -1))
    } while (unfinished(answer) > 0 && timerRuns < MAX_TIMER_RUNS)
    for (const r of county) longest = Math.max(longest, r.durationMs)
    jobs.push({
      fn,
      timer_runs: timerRuns,
      county_invocations: county.length,
      county_ms: Math.round(county.reduce((s, r) => s + r.durationMs, 0)),
      timer_ms: Math.round(timerMs),
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
      `  ${j.fn}: ${j.county_invocations} county invocation(s), ${j.county_ms} ms (timer ${j.timer_ms} ms${timerRuns(j)})`,
    )
}

/** Said when a timer needed more than one start for every county: the fan-out's budget ran out. */
export function timerRuns(j: NightlyFigures['jobs'][number]): string {
  const left = unfinished({ data: j.counts })
  return (
    (j.timer_runs > 1 ? `, ${j.timer_runs} timer starts` : '') +
    (left > 0 ? `, ${left} counties unfinished` : '')
  )
}
