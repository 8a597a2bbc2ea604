import * as cloud from 'wx-server-sdk'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { FunctionName } from '@contract/api'
import { instanceDb } from './instance-db'
import { looksLikeTimerEvent } from './platform-event'
import { runCountySteps, type DailyJob } from './daily-jobs'
import {
  fanOut,
  fromFunction,
  isCountyJobEvent,
  type CountyJobEvent,
  type FanOutSummary,
} from './county-fan-out'
import { httpResponse, isHttpEvent, refuseJobRequest } from './job-http'
import { serverNow } from './clock'
import { logEvent } from './log'
import { unitById } from './org-units'
import { createMain, type FunctionConfig } from './dispatch'
import type { Routes } from './handler'

type Main = (event: unknown, context?: { request_id?: string }) => Promise<unknown>

/** What a timer or HTTP run answers: the counts of every county step, and what is left, if anything. */
function countsOf(s: FanOutSummary): Record<string, number> {
  return {
    ...s.sums,
    ...(s.failed.length > 0 ? { failedCounties: s.failed.length } : {}),
    ...(s.unfinished.length > 0 ? { unfinishedCounties: s.unfinished.length } : {}),
  }
}

/** One county's invocation: one step of each named job, only when another function of ours sent it. */
async function countyInvocation(fn: string, event: CountyJobEvent, jobs: readonly DailyJob[]) {
  const wx = cloud.getWXContext()
  if (!fromFunction(wx.SOURCE ?? process.env.TCB_SOURCE)) {
    logEvent({ event: 'county_job_forged', fn, source: String(wx.SOURCE ?? ''), countyId: event.countyId })
    return { ok: false, error: { code: 'permission-denied', message: '按县分发的定时任务只能由云函数发起' } }
  }
  const db = instanceDb()
  const county = await unitById(db, event.countyId)
  if (!county || county.level !== 'county')
    return { ok: false, error: { code: 'not-found', message: '未找到该县' } }
  const mine = jobs.filter((j) => event.jobs.includes(j.name))
  const steps = await runCountySteps(db, new Date(event.at), mine, county, event.via)
  return { ok: true, data: { countyId: county._id, steps } }
}

/**
 * A function's main with its daily jobs. They start from the timer trigger (云函数 V1), from the first
 * signed-in call after a job is due (then this instance stops looking until tomorrow; an environment
 * whose timers run may set ZHUCUN_TIMERS=on to skip that check), or from an HTTP request carrying
 * ZHUCUN_JOB_KEY for any scheduler (云函数 V2 has no timers). Each start fans out per county.
 */
export function withDailyJobs<F extends FunctionName>(
  fn: F,
  routes: Routes<F>,
  config: FunctionConfig,
  jobs: DailyJob[],
): Main {
  const timeoutS = config.timeout ?? 3
  const main = createMain(fn, routes, config, async ({ db, now }) =>
    countsOf(await fanOut(fn, db, now, jobs, 'timer', timeoutS)),
  )
  const db = instanceDb()
  const settled = new Map<string, string>()
  return async (event, context) => {
    if (isCountyJobEvent(event)) return countyInvocation(fn, event, jobs)
    if (isHttpEvent(event)) {
      const refused = String(cloud.getWXContext().OPENID ?? '')
        ? httpResponse(403, { ok: false, message: '仅限 HTTP 访问' })
        : refuseJobRequest(event, process.env.ZHUCUN_JOB_KEY)
      if (refused) return refused
      try {
        const summary = await fanOut(fn, db, serverNow(), jobs, 'http', timeoutS)
        return httpResponse(summary.failed.length > 0 ? 500 : 200, {
          ok: summary.failed.length === 0,
          ...countsOf(summary),
          counties: summary.counties,
          invocations: summary.invocations,
          settled: summary.settled,
          runs: summary.runs,
        })
      } catch (err) {
        logEvent({
          event: 'timer_failed',
          requestId: context?.request_id ?? '',
          fn,
          error: `http: ${String(err)}`,
        })
        return httpResponse(500, { ok: false, message: '定时任务失败，请稍后重试' })
      }
    }
    if (
      !looksLikeTimerEvent(event) &&
      process.env.ZHUCUN_TIMERS !== 'on' &&
      String(cloud.getWXContext().OPENID ?? '')
    ) {
      const now = serverNow()
      const day = shanghaiDay(now)
      const open = jobs.filter((j) => settled.get(j.name) !== day)
      if (open.length > 0) {
        try {
          const summary = await fanOut(fn, db, now, open, 'call', timeoutS)
          for (const name of summary.settled) settled.set(name, day)
        } catch (err) {
          // The caller's own action still runs; the next call tries the jobs again.
          logEvent({
            event: 'timer_failed',
            requestId: context?.request_id ?? '',
            fn,
            error: `catch-up: ${String(err)}`,
          })
        }
      }
    }
    return main(event, context)
  }
}
