// One function call from the H5 app (POST /fn/<name> {action, input}), checked and run: the
// answer both HTTP paths send (fn-fast-path.ts on the server, fn-routes.ts under fastify).
import type { LocalCloud } from '../local-cloud'
import { FunctionNotFoundError } from '../host/function-host'

export const OPENID_RE = /^[A-Za-z0-9_-]{1,64}$/
/** A function folder's name; anything path-like (dots, slashes) is refused before the host sees it. */
const FUNCTION_NAME_RE = /^[A-Za-z][\w-]{0,59}$/

export interface FnAnswer {
  status: number
  body: unknown
}

const error = (status: number, code: string, message: string): FnAnswer => ({
  status,
  body: { error: { code, message } },
})

export const NOT_JSON: FnAnswer = error(400, 'invalid-argument', '请求体不是合法的 JSON')

export function tooLarge(maxBytes: number): FnAnswer {
  return error(413, 'invalid-argument', `请求体过大（上限 ${Math.round(maxBytes / 1024)} KB）`)
}

/** Runs the call of an already parsed body; never throws. */
export async function fnCall(
  cloud: LocalCloud,
  name: string,
  body: unknown,
  openidHeader: unknown,
  log: (err: unknown) => void,
): Promise<FnAnswer> {
  // No directory listing per call: the host loads (and caches) the folder, or says it is missing.
  if (!FUNCTION_NAME_RE.test(name)) return error(404, 'not-found', `云函数不存在：${name}`)
  if (
    typeof body !== 'object' ||
    body === null ||
    Array.isArray(body) ||
    typeof (body as { action?: unknown }).action !== 'string'
  ) {
    return error(400, 'invalid-argument', '请求体应为 {"action": "...", "input": {...}}')
  }
  const openid = typeof openidHeader === 'string' ? openidHeader : ''
  if (openid && !OPENID_RE.test(openid)) return error(400, 'invalid-argument', 'x-dev-openid 格式不正确')
  try {
    return { status: 200, body: (await cloud.invoke(name, body, { openid })) ?? null }
  } catch (err) {
    if (err instanceof FunctionNotFoundError) return error(404, 'not-found', err.message)
    log(err)
    return error(500, 'internal', err instanceof Error ? err.message : '云函数执行失败')
  }
}
