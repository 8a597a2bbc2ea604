import { AppError, isErrorCode } from '@contract/errors'
import { NetworkError } from './network-error'

/** fetch that turns "could not connect" into a NetworkError; HTTP statuses are left to the caller. */
export async function fetchOrNetworkError(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch (err) {
    throw new NetworkError(err instanceof Error ? err.message : String(err))
  }
}

/** A non-2xx answer from the local cloud (`{ error: { code, message } }`) as an AppError. */
export async function httpError(res: Response): Promise<AppError> {
  let body: unknown = null
  try {
    body = await res.json()
  } catch {
    // Not JSON (a proxy page, an HTML 404): fall through to the generic message.
  }
  const error =
    typeof body === 'object' && body !== null
      ? (body as { error?: { code?: unknown; message?: unknown } }).error
      : undefined
  const code = isErrorCode(error?.code) ? error.code : res.status === 404 ? 'not-found' : 'internal'
  const message = typeof error?.message === 'string' ? error.message : `服务请求失败（HTTP ${res.status}）`
  return new AppError(code, message)
}
