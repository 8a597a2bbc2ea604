import http from 'node:http'
import net from 'node:net'
import { refuseNonLocal } from '../../emulator/http/local-only'
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'

let run: RunningCloud
let port = 0
beforeAll(async () => {
  run = await startLocalCloud({ http: true })
  port = Number(new URL(run.url).port)
})
afterAll(() => run.stop())

/** A request with exactly these headers (fetch would not let a test set Host). */
function request(
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

const JSON_HEADERS = { 'content-type': 'application/json' }
const workbench = JSON.stringify({ action: 'getWorkbench', input: {} })

describe('the local cloud answers this machine only', () => {
  test.each([
    'evil.example',
    'evil.example:8080',
    'rebind.attacker.test:8080',
    '127.0.0.1.nip.io',
    'localhost.evil.example',
    '192.168.1.5',
  ])('a request with Host %j is refused on every route, before anything runs', async (host) => {
    const before = run.cloud.invoker.records.length
    const calls = [
      request('POST', '/fn/org', { ...JSON_HEADERS, host, 'x-dev-openid': 'demo-admin' }, workbench),
      request(
        'POST',
        '/fn/org',
        { 'content-type': 'text/plain', host, 'x-dev-openid': 'demo-admin' },
        workbench,
      ),
      request('GET', '/dev/identities', { host }),
      request('GET', '/console/api/collections', { host }),
      request('GET', '/storage/download?fileID=x', { host }),
      request('GET', '/', { host }),
    ]
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(421)
      expect(JSON.parse(res.text)).toEqual({
        error: { code: 'permission-denied', message: '本地云只接受以 127.0.0.1 或 localhost 访问' },
      })
    }
    expect(run.cloud.invoker.records.length).toBe(before)
  })

  test.each(['127.0.0.1', '127.0.0.1:PORT', 'localhost', 'LOCALHOST:PORT', '[::1]:PORT'])(
    'Host %j is served',
    async (host) => {
      const res = await request(
        'POST',
        '/fn/org',
        { ...JSON_HEADERS, host: host.replace('PORT', String(port)), 'x-dev-openid': 'demo-admin' },
        workbench,
      )
      expect(res.status).toBe(200)
      expect(JSON.parse(res.text)).toMatchObject({ ok: true })
      expect(
        (await request('GET', '/dev/identities', { host: host.replace('PORT', String(port)) })).status,
      ).toBe(200)
    },
  )

  test('a request without a Host header (HTTP/1.0) is refused', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end('GET /dev/identities HTTP/1.0\r\n\r\n'))
      let text = ''
      socket.on('data', (c) => (text += c.toString('utf8')))
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(answer).toMatch(/^HTTP\/1\.[01] 421 /)
  })

  test('a page on another origin cannot drive the demo identities, sign up for pushes or call functions', async () => {
    const host = `127.0.0.1:${port}`
    const grantsBefore = run.cloud.outbox.entries.length
    for (const origin of [
      'https://evil.example',
      'http://127.0.0.1.evil.example',
      'null',
      'http://localhost.evil.example:80',
    ]) {
      const subscribe = await request(
        'POST',
        '/dev/subscribe',
        { ...JSON_HEADERS, host, origin },
        JSON.stringify({ openid: 'demo-admin', templateIds: ['TPL-URGE-PLACEHOLDER'] }),
      )
      expect(subscribe.status).toBe(403)
      expect(JSON.parse(subscribe.text).error.message).toBe('本地云拒绝来自其他网站的请求')
      expect((await request('GET', '/dev/identities', { host, origin })).status).toBe(403)
      expect(
        (
          await request(
            'POST',
            '/fn/org',
            { ...JSON_HEADERS, host, origin, 'x-dev-openid': 'demo-admin' },
            workbench,
          )
        ).status,
      ).toBe(403)
    }
    expect(run.cloud.outbox.entries.length).toBe(grantsBefore)
    for (const origin of [`http://127.0.0.1:${port}`, 'http://localhost:10086', 'http://[::1]:3000']) {
      expect((await request('GET', '/dev/identities', { host, origin })).status).toBe(200)
    }
  })

  test('the rule itself: loopback names with any port, nothing that merely starts with one', () => {
    expect(refuseNonLocal({ host: '127.0.0.1:65535' })).toBeNull()
    expect(refuseNonLocal({ host: '[::1]' })).toBeNull()
    expect(refuseNonLocal({ host: '127.0.0.1:80@evil.example' })?.status).toBe(421)
    expect(refuseNonLocal({ host: 'localhost:1234', origin: 'http://localhost:1234' })).toBeNull()
    expect(refuseNonLocal({ host: 'localhost', origin: 'file://' })?.status).toBe(403)
  })
})
