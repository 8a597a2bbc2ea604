import { AppError } from '@contract/errors'

/**
 * The cloud could not be reached (no signal, timeout). It is an AppError so screens can show its
 * message like any other, and a distinct class so an offline queue can keep the work and retry.
 */
export class NetworkError extends AppError {
  readonly network = true

  constructor(detail?: string) {
    super('internal', '网络不可用，请稍后重试')
    this.name = 'NetworkError'
    if (detail) this.stack = `${this.stack ?? ''}\ncaused by: ${detail}`
  }
}

export function isNetworkError(value: unknown): value is NetworkError {
  return (
    value instanceof NetworkError ||
    (typeof value === 'object' && value !== null && (value as { network?: unknown }).network === true)
  )
}
