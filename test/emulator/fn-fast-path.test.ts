// Function calls over HTTP take the server's fast path: calls arriving together start together,
// and each is answered (once, with its own verdict) after its writes are committed.
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { fixNear, NOW, village } from '../functions/presence/helpers'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: true, now: NOW })
})
afterAll(() => run.stop())

async function post(path: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(run.url + path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  })
  return {
    status: res.status,
    json: (await res.json()) as { ok?: boolean; data?: { counted: boolean; duplicate: boolean } },
  }
}

describe('function calls over HTTP', () => {
  test('twelve check-ins sent at once are all answered and stored once each', async () => {
    const v = village(run)
    // The pairing cadre has no seeded history: the six days before today, morning and afternoon.
    const inputs = Array.from({ length: 12 }, (_, i) => {
      const at = new Date(
        Date.parse(NOW) - (1 + Math.floor(i / 2)) * 86400_000 + (i % 2) * 5 * 3600_000,
      ).toISOString()
      return fixNear(v, 60, { capturedAt: at })
    })
    const answers = await Promise.all(
      inputs.map((input) =>
        post('/fn/presence', { action: 'checkIn', input }, { 'x-dev-openid': 'demo-pairing' }),
      ),
    )
    expect(answers.map((a) => [a.status, a.json.ok, a.json.data?.counted, a.json.data?.duplicate])).toEqual(
      inputs.map(() => [200, true, true, false]),
    )
    for (const input of inputs)
      expect(run.cloud.db.count('presence_checkins', { clientId: input.clientId })).toBe(1)
  })

  test('a call with another content type is still served, by the framework, with the same refusal', async () => {
    const res = await fetch(`${run.url}/fn/org`, {
      method: 'POST',
      body: 'action=getWorkbench',
      headers: { 'content-type': 'text/plain' },
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('请求体应为')
  })
})
