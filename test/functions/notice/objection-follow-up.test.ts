import { z } from 'zod'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { fail, notice, NOW, ok } from './helpers'

/**
 * No dead ends around a 公示's objections: the village that published the notice follows what was
 * raised (masked, without handling it), and the township — only the township — may call the objector
 * back, revealing the contact with a written reason that lands in the audit log.
 */
let run: RunningCloud
let objectionId: string
const CONTACT = '13912346621'

type Objection = { id: string; contactMasked: string; canDecide: boolean; canReveal: boolean }
type Page = { items: Objection[] }

beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
  const res = await ok<{ objectionId: string }>(
    notice(
      run,
      'submitObjection',
      { noticeId: 'ntc-demo-dibao', text: '王某家有在职子女，不应纳入低保', contact: CONTACT },
      'villager-follow',
    ),
  )
  objectionId = res.objectionId
})
afterAll(() => run.stop())

const find = (page: Page) => page.items.find((o) => o.id === objectionId)

describe('following and calling back an objection', () => {
  test('the village cadre who published the notice sees its objection, masked, and may not answer it', async () => {
    const page = await ok<Page>(notice(run, 'listObjections', { noticeId: 'ntc-demo-dibao' }, 'demo-village'))
    const seen = find(page)
    expect(seen).toMatchObject({ canDecide: false, canReveal: false })
    expect(seen?.contactMasked).not.toContain(CONTACT)
    const err = await fail(notice(run, 'replyObjection', { objectionId, reply: '已核实' }, 'demo-village'))
    expect(err.code).toBe('permission-denied')
  })

  test('the township leader may answer it and call the objector back; the county admin may answer but not reveal', async () => {
    expect(
      find(await ok<Page>(notice(run, 'listObjections', { noticeId: 'ntc-demo-dibao' }, 'demo-township'))),
    ).toMatchObject({ canDecide: true, canReveal: true })
    expect(
      find(await ok<Page>(notice(run, 'listObjections', { noticeId: 'ntc-demo-dibao' }, 'demo-admin'))),
    ).toMatchObject({ canDecide: true, canReveal: false })
    const err = await fail(
      notice(run, 'revealObjectionContact', { objectionId, reason: '核实异议内容，电话回访' }, 'demo-admin'),
    )
    expect(err.code).toBe('permission-denied')
  })

  test('revealing needs a written reason; without one nothing is revealed and nothing is logged', async () => {
    const before = run.cloud.db.find('audit_log', { targetId: objectionId }).length
    const err = await fail(
      notice(run, 'revealObjectionContact', { objectionId, reason: '看看' }, 'demo-township'),
    )
    expect(err.code).toBe('invalid-argument')
    expect(err.message).toContain('请写明查看理由')
    expect(run.cloud.db.find('audit_log', { targetId: objectionId })).toHaveLength(before)
  })

  test('the township sees the full contact once it gives a reason, and the audit log keeps who, why and when but not the number', async () => {
    const res = await ok<{ contact: string }>(
      notice(
        run,
        'revealObjectionContact',
        { objectionId, reason: '核实异议内容，电话回访' },
        'demo-township',
      ),
    )
    expect(res.contact).toBe(CONTACT)
    const [entry] = z
      .array(z.object({ summary: z.string(), actorOpenid: z.string() }))
      .parse(run.cloud.db.find('audit_log', { targetId: objectionId, action: 'revealObjectionContact' }))
    expect(entry.actorOpenid).toBe('demo-township')
    expect(entry.summary).toContain('核实异议内容，电话回访')
    expect(entry.summary).not.toContain(CONTACT)
  })

  test('an objection without a contact says plainly that there is no one to call back', async () => {
    const bare = await ok<{ objectionId: string }>(
      notice(run, 'submitObjection', { noticeId: 'ntc-demo-dibao', text: '公示时间太短' }, 'villager-bare'),
    )
    const page = await ok<Page>(
      notice(run, 'listObjections', { noticeId: 'ntc-demo-dibao' }, 'demo-township'),
    )
    expect(page.items.find((o) => o.id === bare.objectionId)?.canReveal).toBe(false)
    const err = await fail(
      notice(
        run,
        'revealObjectionContact',
        { objectionId: bare.objectionId, reason: '核实异议内容，电话回访' },
        'demo-township',
      ),
    )
    expect(err.code).toBe('failed-precondition')
    expect(err.message).toContain('没有留下联系方式')
  })
})
