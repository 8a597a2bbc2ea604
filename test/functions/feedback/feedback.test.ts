import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { uploadAs } from '../../helpers/uploads'
import { fail, ok, personIdOf } from '../org/fixtures'
import type { HostFeedback, MyFeedback } from '../../../types/api/feedback'
import { FEEDBACK_PER_DAY } from '../../../types/domain/feedback'

/** Friday 2026-11-20, 09:00 in Shanghai. */
const NOW = '2026-11-20T01:00:00.000Z'
const VILLAGE_CODE = '411302100200'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

let seq = 0
const villager = () => `villager-fb-test-${++seq}`

function call(action: string, input: unknown, openid: string, now?: string): Promise<unknown> {
  return run.cloud.call('feedback', action, input, openid, now ? { ZHUCUN_NOW: now } : undefined)
}

async function send(
  openid: string,
  extra: Record<string, unknown> = {},
): Promise<{ feedbackId: string; dueDay: string; hostName: string }> {
  return await ok(
    call(
      'submitFeedback',
      {
        kind: 'suggestion',
        topic: 'work',
        text: '希望公示栏字体大一些',
        villageCode: VILLAGE_CODE,
        ...extra,
      },
      openid,
    ),
  )
}

describe('投诉建议: sending and routing', () => {
  test("a villager's suggestion goes to the county organization department, due in 15 working days", async () => {
    const out = await send(villager())
    // 15 working days after Friday 20 November 2026: Friday 11 December.
    expect(out).toMatchObject({ dueDay: '2026-12-11', hostName: '宛城区委组织部' })
    const [doc] = run.cloud.db.find('feedback', { _id: out.feedbackId })
    expect(doc).toMatchObject({
      hostUnitId: 'u-411302',
      path: ['u-411302'],
      status: 'pending',
      personId: null,
      senderName: null,
      villageName: '曹徐屯村',
    })
  })

  test("a cadre's complaint is routed by their own unit, without any village code", async () => {
    const out = await ok<{ feedbackId: string }>(
      call('submitFeedback', { kind: 'complaint', topic: 'app', text: '签到页打开很慢' }, 'demo-secretary-b'),
    )
    expect(run.cloud.db.find('feedback', { _id: out.feedbackId })[0]).toMatchObject({
      hostUnitId: 'u-411302',
      senderName: expect.any(String),
    })
  })

  test('the county admin hears of new feedback in the inbox', async () => {
    const out = await send(villager())
    const inbox = run.cloud.db.find('inbox', { refId: out.feedbackId })
    expect(inbox.map((r) => r.personId)).toEqual([personIdOf(run, 'demo-admin')])
  })

  test('a villager without a village cannot send, and nothing is written', async () => {
    const before = run.cloud.db.find('feedback', {}).length
    const err = await fail(
      call('submitFeedback', { kind: 'suggestion', topic: 'app', text: '建议' }, villager()),
    )
    expect(err.code).toBe('invalid-argument')
    expect(err.message).toContain('本村公示页')
    expect(run.cloud.db.find('feedback', {})).toHaveLength(before)
  })

  test('contact details are stored encrypted and shown masked; seeing them in full needs a reason and is audited', async () => {
    const sender = villager()
    const { feedbackId } = await send(sender, { contact: '13812345678' })
    const [doc] = run.cloud.db.find('feedback', { _id: feedbackId })
    expect(JSON.stringify(doc)).not.toContain('13812345678')
    const list = await ok<{ items: HostFeedback[] }>(call('listFeedback', {}, 'demo-admin'))
    expect(list.items.find((i) => i.id === feedbackId)?.contactMasked).toBe('138****5678')
    const noReason = await fail(call('revealFeedbackContact', { feedbackId, reason: ' ' }, 'demo-admin'))
    expect(noReason.code).toBe('invalid-argument')
    const shown = await ok<{ contact: string }>(
      call('revealFeedbackContact', { feedbackId, reason: '需电话核实' }, 'demo-admin'),
    )
    expect(shown.contact).toBe('13812345678')
    expect(
      run.cloud.db.find('audit_log', { targetId: feedbackId, action: 'revealFeedbackContact' }),
    ).toHaveLength(1)
  })

  test("an optional photo must be the sender's own upload for feedback", async () => {
    const sender = villager()
    const photo = await uploadAs(run, sender, 'feedback')
    const { feedbackId } = await send(sender, { photoFileId: photo })
    expect(run.cloud.db.find('uploads', { fileID: photo })[0]).toMatchObject({ recordId: feedbackId })
    const list = await ok<{ items: HostFeedback[] }>(call('listFeedback', { limit: 100 }, 'demo-admin'))
    expect(list.items.find((i) => i.id === feedbackId)?.photoUrl).toContain('/storage/download?fileID=')
    const theirs = await uploadAs(run, villager(), 'feedback')
    expect(
      (
        await fail(
          call(
            'submitFeedback',
            {
              kind: 'complaint',
              topic: 'work',
              text: '问题',
              villageCode: VILLAGE_CODE,
              photoFileId: theirs,
            },
            sender,
          ),
        )
      ).code,
    ).toBe('permission-denied')
  })

  test(`one WeChat user sends at most ${FEEDBACK_PER_DAY} a day; a refused one takes no slot; the next day is new`, async () => {
    const sender = villager()
    const theirs = await uploadAs(run, villager(), 'feedback')
    expect(
      (
        await fail(
          call(
            'submitFeedback',
            {
              kind: 'complaint',
              topic: 'work',
              text: '问题',
              villageCode: VILLAGE_CODE,
              photoFileId: theirs,
            },
            sender,
          ),
        )
      ).code,
    ).toBe('permission-denied')
    for (let i = 0; i < FEEDBACK_PER_DAY; i++) await send(sender)
    const err = await fail(
      call(
        'submitFeedback',
        { kind: 'suggestion', topic: 'app', text: '再提一条', villageCode: VILLAGE_CODE },
        sender,
      ),
    )
    expect(err.code).toBe('failed-precondition')
    expect(err.message).toContain('每人每天')
    const next = await send(sender).catch(() => null)
    expect(next).toBeNull()
    const tomorrow = await ok(
      call(
        'submitFeedback',
        { kind: 'suggestion', topic: 'app', text: '明天再提', villageCode: VILLAGE_CODE },
        sender,
        '2026-11-21T01:00:00.000Z',
      ),
    )
    expect(tomorrow).toMatchObject({ status: 'pending' })
  })
})

describe('投诉建议: answering', () => {
  test('the admin answers, and the villager reads the answer under their own feedback', async () => {
    const sender = villager()
    const { feedbackId } = await send(sender)
    const started = await ok<HostFeedback>(call('startFeedback', { feedbackId }, 'demo-admin'))
    expect(started.statusLabel).toBe('处理中')
    const answered = await ok<HostFeedback>(
      call('answerFeedback', { feedbackId, answer: '已通知各村调整公示栏字号' }, 'demo-admin'),
    )
    expect(answered).toMatchObject({
      status: 'answered',
      statusLabel: '已答复',
      answeredByName: '组织部管理员',
    })
    const mine = await ok<{ items: MyFeedback[] }>(call('listMyFeedback', {}, sender))
    expect(mine.items).toEqual([
      expect.objectContaining({ id: feedbackId, status: 'answered', answer: '已通知各村调整公示栏字号' }),
    ])
    // Nobody else sees it as theirs.
    expect((await ok<{ items: MyFeedback[] }>(call('listMyFeedback', {}, villager()))).items).toEqual([])
  })

  test('a cadre who sent feedback is told of the answer in their inbox', async () => {
    const { feedbackId } = await ok<{ feedbackId: string }>(
      call('submitFeedback', { kind: 'suggestion', topic: 'app', text: '希望支持离线' }, 'demo-member'),
    )
    await ok(call('answerFeedback', { feedbackId, answer: '已支持离线草稿' }, 'demo-admin'))
    const inbox = run.cloud.db.find('inbox', { refId: feedbackId, personId: personIdOf(run, 'demo-member') })
    expect(inbox.map((r) => r.title)).toEqual(['您的建议已答复'])
  })

  test('answering twice is refused and changes nothing', async () => {
    const { feedbackId } = await send(villager())
    await ok(call('answerFeedback', { feedbackId, answer: '第一次答复' }, 'demo-admin'))
    const err = await fail(call('answerFeedback', { feedbackId, answer: '第二次答复' }, 'demo-admin'))
    expect(err.code).toBe('failed-precondition')
    expect(run.cloud.db.find('feedback', { _id: feedbackId })[0].answer).toBe('第一次答复')
  })

  test('nobody answers feedback they sent themselves', async () => {
    const { feedbackId } = await ok<{ feedbackId: string }>(
      call('submitFeedback', { kind: 'complaint', topic: 'work', text: '流程繁琐' }, 'demo-admin'),
    )
    const err = await fail(call('answerFeedback', { feedbackId, answer: '自己答复' }, 'demo-admin'))
    expect(err.code).toBe('permission-denied')
    expect(run.cloud.db.find('feedback', { _id: feedbackId })[0].status).toBe('pending')
  })

  test('feedback still unanswered after its due day is counted and listed as overdue', async () => {
    const { feedbackId } = await send(villager())
    const later = '2026-12-14T01:00:00.000Z'
    const overdue = await ok<{ items: HostFeedback[]; overdue: number }>(
      call('listFeedback', { overdue: true, limit: 100 }, 'demo-admin', later),
    )
    expect(overdue.items.map((i) => i.id)).toContain(feedbackId)
    expect(overdue.items.every((i) => i.overdue)).toBe(true)
    expect(overdue.overdue).toBe(overdue.items.length)
    const onTime = await ok<{ items: HostFeedback[] }>(
      call('listFeedback', { overdue: true, limit: 100 }, 'demo-admin'),
    )
    expect(onTime.items.map((i) => i.id)).not.toContain(feedbackId)
  })
})
