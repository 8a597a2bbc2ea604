// POST /fn/<name> with a JSON body, served straight off Node's http server: the one route every
// tap of the app goes through, answered without fastify's routing, hooks and serializer (their
// cost was a fifth of a check-in's). Everything else, and anything odd, goes to fastify.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { LocalCloud } from '../local-cloud'
import { type FnAnswer, NOT_JSON, fnCall, tooLarge } from './fn-call'

const PREFIX = '/fn/'

/** A function call this path serves: POST, a JSON body, a plain name. */
export function isFnCall(req: IncomingMessage): boolean {
  const url = req.url ?? ''
  return (
    req.method === 'POST' &&
    url.startsWith(PREFIX) &&
    !url.includes('%') &&
    /^application\/json\b/i.test(req.headers['content-type'] ?? '')
  )
}

function send(res: ServerResponse, answer: FnAnswer): void {
  const text = JSON.stringify(answer.body)
  res.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}

/** Reads the body (up to maxBytes), runs the call and answers; never throws. */
export function serveFnCall(
  cloud: LocalCloud,
  maxBytes: number,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const name = (req.url ?? '').slice(PREFIX.length).split('?')[0]
  const chunks: Buffer[] = []
  let size = 0
  let refused = false
  req.on('data', (chunk: Buffer) => {
    if (refused) return
    size += chunk.length
    if (size <= maxBytes) return void chunks.push(chunk)
    refused = true
    chunks.length = 0
    send(res, tooLarge(maxBytes))
  })
  req.on('end', () => {
    if (refused) return
    let body: unknown
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    } catch {
      return send(res, NOT_JSON)
    }
    startSoon(
      () =>
        void fnCall(cloud, name, body, req.headers['x-dev-openid'], (err) => console.error(err)).then(
          (answer) => send(res, answer),
        ),
    )
  })
}

let queue: Array<() => void> = []

/**
 * Calls whose bodies arrived in the same turn of the event loop start together, after it: their
 * invocations then interleave (each database request of one beside the same request of the
 * others, with the code and the pages it touches still warm) and settle in one group commit.
 */
function startSoon(start: () => void): void {
  queue.push(start)
  if (queue.length > 1) return
  setImmediate(() => {
    const batch = queue
    queue = []
    for (const go of batch) go()
  })
}
