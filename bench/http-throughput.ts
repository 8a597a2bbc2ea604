import autocannon from 'autocannon'

export interface ThroughputFigures {
  rps: number
  total: number
  /** Transport errors, timeouts, non-2xx answers and envelopes with ok: false. */
  errors: number
  p50_ms: number
  p99_ms: number
}

/**
 * POSTs `/fn/<fn>` from 20 concurrent clients for `seconds`, each request with its own body (a new
 * client id, another cadre), and counts every answer that is not a 2xx `{ ok: true }` as an error.
 */
export async function httpThroughput(url: string, fn: string, body: (n: number) => { openid: string; event: unknown }, seconds: number, isOk: () => number): Promise<ThroughputFigures> {
  let n = 0
  const okBefore = isOk()
  const result = await autocannon({
    url,
    connections: 20,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: `/fn/${fn}`,
        setupRequest: (req) => {
          const { openid, event } = body(n++)
          return { ...req, headers: { 'content-type': 'application/json', 'x-dev-openid': openid }, body: JSON.stringify(event) }
        },
      },
    ],
  })
  const okCount = isOk() - okBefore
  const notOk = Math.max(0, result.requests.total - okCount - result.non2xx - result.errors - result.timeouts)
  return {
    rps: Math.round(result.requests.average),
    total: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + notOk,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
  }
}
