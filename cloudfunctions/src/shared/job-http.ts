// The HTTP entry a county's scheduler calls when the environment has no timer triggers (云函数 V2):
// HTTP 访问服务 delivers the request as an event with httpMethod, headers and body.
import { createHash, timingSafeEqual } from 'node:crypto'

export interface HttpEvent {
  httpMethod: string
  headers: Record<string, string | undefined>
  path?: string
}

export interface HttpResponse {
  statusCode: number
  headers: Record<string, string>
  body: string
  isBase64Encoded: false
}

export const JOB_KEY_HEADER = 'x-zhucun-job-key'
/** A shorter key is refused as if none were configured: it would be guessable. */
export const MIN_JOB_KEY_LENGTH = 32

export function isHttpEvent(event: unknown): event is HttpEvent {
  if (typeof event !== 'object' || event === null) return false
  const e = event as { httpMethod?: unknown; headers?: unknown }
  return typeof e.httpMethod === 'string' && typeof e.headers === 'object' && e.headers !== null
}

export function httpResponse(statusCode: number, body: unknown): HttpResponse {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    isBase64Encoded: false,
  }
}

function headerOf(event: HttpEvent, name: string): string {
  const key = Object.keys(event.headers).find((k) => k.toLowerCase() === name)
  return key ? String(event.headers[key] ?? '') : ''
}

/** Compared as SHA-256 digests with timingSafeEqual: equal lengths, time independent of the content. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

/** null when the request may run the jobs; otherwise the answer to send. */
export function refuseJobRequest(event: HttpEvent, configuredKey: string | undefined): HttpResponse | null {
  if (!configuredKey || configuredKey.length < MIN_JOB_KEY_LENGTH)
    return httpResponse(403, { ok: false, message: '未配置定时任务密钥（ZHUCUN_JOB_KEY，至少 32 个字符）' })
  if (event.httpMethod.toUpperCase() !== 'POST')
    return httpResponse(405, { ok: false, message: '请用 POST 调用' })
  if (!sameSecret(headerOf(event, JOB_KEY_HEADER), configuredKey))
    return httpResponse(401, { ok: false, message: '密钥不正确' })
  return null
}
