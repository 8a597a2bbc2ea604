/** Named log events, one JSON line each, so the cloud console's log search finds them. */
type LogEvent =
  | { event: 'internal_error'; requestId: string; fn: string; action: string; error: string; stack?: string }
  | { event: 'timer_failed'; requestId: string; fn: string; error: string }
  | { event: 'self_decision_refused'; requestId: string; personId: string; what: string }
  | { event: 'timer_forged'; requestId: string; fn: string; triggerName: string; source: string; openid: string; reason: string }

export function logEvent(entry: LogEvent): void {
  console.error(JSON.stringify(entry))
}
