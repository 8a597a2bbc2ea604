import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: true })
})
afterAll(() => run.stop())

async function post(
  path: string,
  body: string | Uint8Array,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  const res = await fetch(run.url + path, {
    method: 'POST',
    body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
    headers,
  })
  return { status: res.status, json: (await res.json()) as { error?: { code: string; message: string } } }
}

describe('the local cloud HTTP edge', () => {
  test('a function call over HTTP carries the dev identity', async () => {
    const res = await post('/fn/org', JSON.stringify({ action: 'getWorkbench', input: {} }), {
      'content-type': 'application/json',
      'x-dev-openid': 'demo-admin',
    })
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ ok: true, data: { scopeLabel: '宛城区' } })
  })

  test('malformed JSON gets 400 with a Chinese message and changes nothing', async () => {
    const before = run.cloud.db.snapshot()
    const res = await post('/fn/org', '{"action": "getWorkbench", ')
    expect(res.status).toBe(400)
    expect(res.json.error?.message).toBe('请求体不是合法的 JSON')
    expect(run.cloud.db.snapshot()).toEqual(before)
  })

  test('a body over 1 MB gets 413', async () => {
    const res = await post(
      '/fn/org',
      JSON.stringify({ action: 'getWorkbench', input: { pad: 'x'.repeat(1100 * 1024) } }),
    )
    expect(res.status).toBe(413)
    expect(res.json.error?.message).toContain('请求体过大')
  })

  test('an unknown function gets 404', async () => {
    const res = await post('/fn/nope', JSON.stringify({ action: 'x' }))
    expect(res.status).toBe(404)
    expect(res.json.error?.message).toContain('云函数不存在')
  })

  test('a function name that looks like a path gets 404 and runs nothing outside the functions folder', async () => {
    for (const name of ['..', '.hidden', '%2e%2e', 'org%2F..%2Forg']) {
      const res = await post(`/fn/${name}`, JSON.stringify({ action: 'getWorkbench' }))
      expect(res.status).toBe(404)
    }
  })

  test('a body without an action gets 400', async () => {
    const res = await post('/fn/org', JSON.stringify([1, 2]))
    expect(res.status).toBe(400)
  })

  test('path traversal in a file id gets 400 and reads nothing', async () => {
    for (const id of [
      'cloud://local.zhucun-local/../../etc/passwd',
      'cloud://local.zhucun-local/a/%2e%2e/b.jpg',
      '/etc/passwd',
    ]) {
      const res = await fetch(`${run.url}/storage/download?fileID=${encodeURIComponent(id)}`)
      expect(res.status).toBe(400)
    }
  })

  test('an upload is stored, served back through a signed URL, and refused when its bytes are not what its name says', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4])
    const me = { 'content-type': 'image/jpeg', 'x-dev-openid': 'demo-member' }
    const ok = await post('/storage/upload?cloudPath=photos/a.jpg', jpeg, me)
    expect(ok.status).toBe(200)
    const fileID = (ok.json as unknown as { fileID: string }).fileID
    const back = await fetch(run.cloud.store.tempUrl(run.url, fileID))
    expect(Buffer.from(await back.arrayBuffer())).toEqual(jpeg)
    const fake = await post('/storage/upload?cloudPath=photos/b.jpg', Buffer.from('MZ not a photo'), me)
    expect(fake.status).toBe(415)
    const exe = await post('/storage/upload?cloudPath=photos/c.exe', Buffer.from('MZ'), {
      ...me,
      'content-type': 'application/octet-stream',
    })
    expect(exe.status).toBe(415)
    const traversal = await post('/storage/upload?cloudPath=../escape.jpg', jpeg, me)
    expect(traversal.status).toBe(400)
  })

  test('the dev sign-in lists demo identities with Chinese role labels', async () => {
    const res = await fetch(`${run.url}/dev/identities`)
    const body = (await res.json()) as { identities: Array<{ openid: string; roles: string[] }> }
    const admin = body.identities.find((i) => i.openid === 'demo-admin')
    expect(admin?.roles).toEqual(['组织部管理员'])
  })

  test('the console lists collections and recent invocations with their cost', async () => {
    const cols = (await (await fetch(`${run.url}/console/api/collections`)).json()) as {
      collections: Array<{ name: string; count: number }>
    }
    expect(cols.collections.find((c) => c.name === 'people')?.count).toBeGreaterThan(10)
    const inv = (await (await fetch(`${run.url}/console/api/invocations`)).json()) as {
      invocations: Array<{ fn: string; dbRequests: number }>
    }
    expect(inv.invocations[0]).toMatchObject({ fn: 'org' })
    expect(inv.invocations[0].dbRequests).toBeGreaterThan(0)
  })
})
