import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { addPerson, fail, freshOpenid, ok } from './fixtures'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

type Issued = { code: string; expiresAt: string; personName: string }

async function issue(personId: string, env?: Record<string, string>): Promise<Issued> {
  return ok<Issued>(run.cloud.call('org', 'issueBindCode', { personId }, 'demo-admin', env))
}

describe('binding a WeChat user with a one-time code', () => {
  test('a new WeChat user who enters the code becomes that person and sees their workbench', async () => {
    const person = addPerson(run, { name: '新来的队员' })
    const { code, expiresAt } = await issue(person.id)
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/)
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000)
    const openid = freshOpenid()
    expect((await fail(run.call('org', 'getWorkbench', {}, openid))).code).toBe('unauthenticated')
    const bound = await ok<{ personId: string }>(
      run.call('org', 'bindWithCode', { code: code.toLowerCase() }, openid),
    )
    expect(bound.personId).toBe(person.id)
    const wb = await ok<{ person: { name: string }; roles: Array<{ postLabel?: string }> }>(
      run.call('org', 'getWorkbench', {}, openid),
    )
    expect(wb.person.name).toBe('新来的队员')
    expect(wb.roles[0].postLabel).toBe('工作队员')
  })

  test('a code works once: a second WeChat user gets not-found', async () => {
    const { code } = await issue(addPerson(run).id)
    await ok(run.call('org', 'bindWithCode', { code }, freshOpenid()))
    expect((await fail(run.call('org', 'bindWithCode', { code }, freshOpenid()))).code).toBe('not-found')
  })

  test('a code expires after 7 days', async () => {
    const { code } = await issue(addPerson(run).id, { ZHUCUN_NOW: '2026-11-01T00:00:00.000Z' })
    const err = await fail(
      run.cloud.call('org', 'bindWithCode', { code }, freshOpenid(), {
        ZHUCUN_NOW: '2026-11-08T00:00:01.000Z',
      }),
    )
    expect(err).toMatchObject({ code: 'not-found', message: expect.stringContaining('过期') })
  })

  test('issuing a new code voids the previous one', async () => {
    const person = addPerson(run)
    const first = await issue(person.id)
    const second = await issue(person.id)
    expect((await fail(run.call('org', 'bindWithCode', { code: first.code }, freshOpenid()))).code).toBe(
      'not-found',
    )
    await ok(run.call('org', 'bindWithCode', { code: second.code }, freshOpenid()))
  })

  test('only a keyed hash of the code is stored', async () => {
    const person = addPerson(run)
    const { code } = await issue(person.id)
    const stored = JSON.stringify(run.cloud.db.find('bind_codes', { personId: person.id }))
    expect(stored).not.toContain(code.replace('-', ''))
    expect(stored).not.toContain(code)
    expect(stored).toMatch(/"codeHash":"[0-9a-f]{64}"/)
  })

  test('after 10 wrong codes in an hour even the right code is refused with failed-precondition, and an hour later it works', async () => {
    const { code } = await issue(addPerson(run).id)
    const openid = freshOpenid()
    const at = (min: number) => ({
      ZHUCUN_NOW: new Date(Date.parse('2026-11-20T01:00:00.000Z') + min * 60000).toISOString(),
    })
    for (let i = 0; i < 10; i++)
      expect(
        (await fail(run.cloud.call('org', 'bindWithCode', { code: `WRONG${i}XX` }, openid, at(i)))).code,
      ).toBe('not-found')
    expect(await fail(run.cloud.call('org', 'bindWithCode', { code }, openid, at(20)))).toMatchObject({
      code: 'failed-precondition',
      message: expect.stringContaining('次数过多'),
    })
    // Another WeChat user is not affected by someone else's guessing.
    expect(
      (
        await fail(
          run.cloud.call(
            'org',
            'requestBinding',
            { name: '无', phone: '13800000000' },
            freshOpenid(),
            at(20),
          ),
        )
      ).code,
    ).toBe('not-found')
    await ok(run.cloud.call('org', 'bindWithCode', { code }, openid, at(70)))
  })

  test('a WeChat user who is already bound cannot bind again', async () => {
    const { code } = await issue(addPerson(run).id)
    expect(await fail(run.call('org', 'bindWithCode', { code }, 'demo-secretary'))).toMatchObject({
      code: 'failed-precondition',
      message: expect.stringContaining('已绑定'),
    })
  })

  test('a code cannot be issued for a person who is already bound', async () => {
    const person = addPerson(run, { openid: freshOpenid() })
    expect((await fail(run.call('org', 'issueBindCode', { personId: person.id }, 'demo-admin'))).code).toBe(
      'failed-precondition',
    )
  })
})

describe('binding by name and phone, approved by an admin', () => {
  test('a request that matches an imported record binds the user once the admin approves it', async () => {
    const person = addPerson(run, { name: '申请人甲' })
    const openid = freshOpenid()
    const req = await ok<{ requestId: string; status: string }>(
      run.call('org', 'requestBinding', { name: '申请人甲', phone: person.phone }, openid),
    )
    expect(req.status).toBe('pending')
    // Asking again does not queue a second request.
    expect(
      (
        await ok<{ requestId: string }>(
          run.call('org', 'requestBinding', { name: '申请人甲', phone: person.phone }, openid),
        )
      ).requestId,
    ).toBe(req.requestId)
    expect(await ok(run.call('org', 'getMyBinding', {}, openid))).toMatchObject({
      bound: false,
      request: { status: 'pending' },
    })
    const list = await ok<{ items: Array<{ id: string; personName: string; phoneMasked: string }> }>(
      run.call('org', 'listBindRequests', {}, 'demo-admin'),
    )
    const row = list.items.find((r) => r.id === req.requestId)
    expect(row).toMatchObject({
      personName: '申请人甲',
      phoneMasked: `${person.phone.slice(0, 3)}****${person.phone.slice(-4)}`,
    })
    expect((await fail(run.call('org', 'getWorkbench', {}, openid))).code).toBe('unauthenticated')
    await ok(run.call('org', 'decideBindRequest', { requestId: req.requestId, approve: true }, 'demo-admin'))
    expect(
      (await ok<{ person: { name: string } }>(run.call('org', 'getWorkbench', {}, openid))).person.name,
    ).toBe('申请人甲')
    expect(
      (
        await fail(
          run.call('org', 'decideBindRequest', { requestId: req.requestId, approve: false }, 'demo-admin'),
        )
      ).code,
    ).toBe('failed-precondition')
  })

  test('a name that does not match the phone is refused and nothing is queued', async () => {
    const person = addPerson(run, { name: '申请人乙' })
    const openid = freshOpenid()
    expect(
      (await fail(run.call('org', 'requestBinding', { name: '冒名者', phone: person.phone }, openid))).code,
    ).toBe('not-found')
    expect(run.cloud.db.count('bind_requests', { openid })).toBe(0)
  })

  test('a rejected request leaves the user unbound', async () => {
    const person = addPerson(run, { name: '申请人丙' })
    const openid = freshOpenid()
    const { requestId } = await ok<{ requestId: string }>(
      run.call('org', 'requestBinding', { name: '申请人丙', phone: person.phone }, openid),
    )
    await ok(run.call('org', 'decideBindRequest', { requestId, approve: false }, 'demo-admin'))
    expect(await ok(run.call('org', 'getMyBinding', {}, openid))).toMatchObject({
      bound: false,
      request: { status: 'rejected' },
    })
  })
})

describe('unbinding and revoking', () => {
  test("an unbound person's WeChat user is a stranger again, and a new code can bind a new phone", async () => {
    const openid = freshOpenid()
    const person = addPerson(run, { openid })
    await ok(run.call('org', 'unbindPerson', { personId: person.id }, 'demo-admin'))
    expect((await fail(run.call('org', 'getWorkbench', {}, openid))).code).toBe('unauthenticated')
    const { code } = await issue(person.id)
    await ok(run.call('org', 'bindWithCode', { code }, freshOpenid()))
  })

  test('a revoked person can no longer use the app and their open code stops working', async () => {
    const openid = freshOpenid()
    const bound = addPerson(run, { openid })
    await ok(run.call('org', 'revokePerson', { personId: bound.id }, 'demo-admin'))
    expect((await fail(run.call('org', 'getWorkbench', {}, openid))).code).toBe('unauthenticated')
    const waiting = addPerson(run)
    const { code } = await issue(waiting.id)
    await ok(run.call('org', 'revokePerson', { personId: waiting.id }, 'demo-admin'))
    expect((await fail(run.call('org', 'bindWithCode', { code }, freshOpenid()))).code).toBe('not-found')
  })

  test('an admin cannot revoke themselves', async () => {
    const [admin] = run.cloud.db.find('people', { openid: 'demo-admin' }) as Array<{ _id: string }>
    expect((await fail(run.call('org', 'revokePerson', { personId: admin._id }, 'demo-admin'))).code).toBe(
      'failed-precondition',
    )
  })
})
