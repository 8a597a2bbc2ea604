import * as cloud from 'wx-server-sdk'
import { shanghaiDay } from '@contract/domain/presence-time'
import { instanceDb } from './instance-db'
import { looksLikeTimerEvent } from './platform-event'
import { catchUp, runOnTimer, type DailyJob } from './daily-jobs'
import { httpResponse, isHttpEvent, refuseJobRequest } from './job-http'
import { serverNow } from './clock'
import { logEvent } from './log'
import type { TimerJob } from './dispatch'

type Main = (event: unknown, context?: { request_id?: string }) => Promise<unknown>

/** The function's timer trigger: all its daily jobs, for every county; answers the counts summed. */
export function dailyTimer(jobs: DailyJob[]): TimerJob {
  return async ({ db, now }) => {
    const sums: Record<string, number> = {}
    for (const { result } of await runOnTimer(db, now, jobs)) {
      if (typeof result !== 'object' || result === null) continue
      for (const [k, v] of Object.entries(result)) if (typeof v === 'number') sums[k] = (sums[k] ?? 0) + v
    }
    return sums
  }
}

/**
 * Wraps a function's main so its daily jobs also happen without timer triggers: the first signed-in
 * call after a job is due runs what no run has done today (then this instance stops looking until
 * tomorrow), and an HTTP request carrying ZHUCUN_JOB_KEY runs it for any scheduler. An environment
 * whose timers run may set ZHUCUN_TIMERS=on to skip the call-time check.
 */
export function withDailyJobs(fn: string, main: Main, jobs: DailyJob[]): Main {
  const db = instanceDb()
  const settled = new Map<string, string>()
  return async (event, context) => {
    if (isHttpEvent(event)) {
      const refused = String(cloud.getWXContext().OPENID ?? '')
        ? httpResponse(403, { ok: false, message: '仅限 HTTP 访问' })
        : refuseJobRequest(event, process.env.ZHUCUN_JOB_KEY)
      if (refused) return refused
      try {
        const { outcomes } = await catchUp(db, serverNow(), jobs, 'http')
        return httpResponse(200, { ok: true, runs: outcomes })
      } catch (err) {
        // The claim was released: the scheduler's next request runs the job again.
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
          const { settled: done } = await catchUp(db, now, open, 'call')
          for (const name of done) settled.set(name, day)
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
