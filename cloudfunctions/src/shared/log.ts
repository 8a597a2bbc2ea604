/** Named log events, one JSON line each, so the cloud console's log search finds them. */
type LogEvent =
  | { event: 'internal_error'; requestId: string; fn: string; action: string; error: string; stack?: string }
  | { event: 'timer_failed'; requestId: string; fn: string; error: string }
  /** A stored record a list could not show (see shared/list-views.ts and `npm run cloud -- check`). */
  | { event: 'record_skipped'; requestId: string; fn: string; action: string; id: string; error: string }

export function logEvent(entry: LogEvent): void {
  console.error(JSON.stringify(entry))
}
