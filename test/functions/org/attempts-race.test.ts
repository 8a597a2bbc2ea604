import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { MAX_FAILED_BIND_ATTEMPTS_PER_HOUR } from '../../../types/domain/binding'
import { addPerson, freshOpenid } from './fixtures'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

type Envelope = { ok: boolean; error?: { code: string; message: string } }
const codes = (answers: Envelope[]) => answers.map((a) => (a.ok ? 'ok' : a.error?.code)).sort()
const expected = (n: number) => [
  ...Array(n - MAX_FAILED_BIND_ATTEMPTS_PER_HOUR).fill('failed-precondition'),
  ...Array(MAX_FAILED_BIND_ATTEMPTS_PER_HOUR).fill('not-found'),
]

describe('the binding door counts concurrent guesses exactly', () => {
  test('30 wrong codes sent at once: exactly 10 are looked at, the rest refused', async () => {
    const openid = freshOpenid()
    const answers = await Promise.all(
      Array.from(
        { length: 30 },
        (_, i) =>
          run.call(
            'org',
            'bindWithCode',
            { code: `WRONG${String(i).padStart(3, '0')}` },
            openid,
          ) as Promise<Envelope>,
      ),
    )
    expect(codes(answers)).toEqual(expected(30))
  })

  test('a successful attempt does not use up the hour: the right code after 9 wrong ones leaves no slot behind', async () => {
    const person = addPerson(run)
    const issued = (await run.call('org', 'issueBindCode', { personId: person.id }, 'demo-admin')) as {
      ok: boolean
      data: { code: string }
    }
    const openid = freshOpenid()
    for (let i = 0; i < 9; i++) await run.call('org', 'bindWithCode', { code: `WRONG${i}XX` }, openid)
    expect(((await run.call('org', 'bindWithCode', { code: issued.data.code }, openid)) as Envelope).ok).toBe(
      true,
    )
    expect(run.cloud.db.count('bind_attempts', { openid })).toBe(9)
  })
})
