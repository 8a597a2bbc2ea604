/** Named log events, one JSON line each, so the cloud console's log search finds them. */
type LogEvent =
  | { event: 'internal_error'; requestId: string; fn: string; action: string; error: string; stack?: string }
  | { event: 'timer_failed'; requestId: string; fn: string; error: string }
  /** One county's invocation of a fanned-out daily job failed; the next run retries that county. */
  | { event: 'county_job_failed'; fn: string; countyId: string; error: string }
  | { event: 'county_job_forged'; fn: string; source: string; countyId: string }
  | { event: 'self_decision_refused'; requestId: string; personId: string; what: string }
  | {
      event: 'timer_forged'
      requestId: string
      fn: string
      triggerName: string
      source: string
      openid: string
      reason: string
    }
  /** A stored record a list could not show (see shared/list-views.ts and `npm run cloud -- check`). */
  /** An event's decision stood but telling the people concerned failed (shared/notify-events.ts). */
  | { event: 'notify_failed'; requestId: string; kind: string; id: string; error: string }
  | { event: 'record_skipped'; requestId: string; fn: string; action: string; id: string; error: string }

export function logEvent(entry: LogEvent): void {
  console.error(JSON.stringify(entry))
}
