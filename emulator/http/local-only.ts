// The local cloud answers this machine only. Listening on 127.0.0.1 keeps other machines out, but not
// a web page on another origin: the browser would send its requests here (a form post needs no CORS
// consent), and a DNS-rebinding page (evil.example resolving to 127.0.0.1) even reads the answers.
// Such requests give themselves away: the Host is not a loopback name, or the Origin is foreign.
import type { IncomingHttpHeaders, ServerResponse } from 'node:http'

/** 127.0.0.1, localhost or [::1], with or without a port. */
const LOCAL_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i
const LOCAL_ORIGIN = /^https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i

export interface Refusal {
  status: number
  code: string
  message: string
}

/** Why a request from elsewhere is refused, or null for one from this machine. */
export function refuseNonLocal(headers: IncomingHttpHeaders): Refusal | null {
  const host = headers.host ?? ''
  if (!LOCAL_HOST.test(host)) {
    return { status: 421, code: 'permission-denied', message: '本地云只接受以 127.0.0.1 或 localhost 访问' }
  }
  const origin = headers.origin
  if (origin !== undefined && !LOCAL_ORIGIN.test(origin)) {
    return { status: 403, code: 'permission-denied', message: '本地云拒绝来自其他网站的请求' }
  }
  return null
}

/** The refusal in the edge's one error shape, straight on the socket (before fastify or the fast path). */
export function sendRefusal(res: ServerResponse, refusal: Refusal): void {
  const text = JSON.stringify({ error: { code: refusal.code, message: refusal.message } })
  res.writeHead(refusal.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    connection: 'close',
  })
  res.end(text)
}
