import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { fail, FIRST_VILLAGE, notice, NOW, ok, personIdOf, sentTo, subscribe } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

// 410123198001011231 carries the right check character.
const draft = (extra: Record<string, unknown>) => ({
  unitId: FIRST_VILLAGE,
  title: '低保户名单公示',
  body: '拟纳入 2 户。',
  category: 'monitor_inclusion',
  ...extra,
})

describe('public text refuses ID and mobile numbers however they are written', () => {
  test.each([
    ['body', '户主身份证 4101 2319 8001 0112 31', '正文含未打码的身份证号 4101**********1231'],
    ['body', '身份证 410123-19800101-1231', '正文含未打码的身份证号 4101**********1231'],
    ['body', '身份证 ４１０１２３１９８００１０１１２３１', '正文含未打码的身份证号 4101**********1231'],
    ['body', '联系电话 138 1234 5678', '正文含未打码的手机号 138****5678'],
    ['body', '联系电话 +86 138-1234-5678', '正文含未打码的手机号 138****5678'],
    ['body', '联系电话 138.1234.5678', '正文含未打码的手机号 138****5678'],
    ['body', '联系电话 138\n1234\n5678', '正文含未打码的手机号 138****5678'],
    ['title', '名单（1３８１２３４５６７８）', '标题含未打码的手机号 138****5678'],
  ])('a notice with %s %j is refused, naming the field', async (field, text, message) => {
    const err = await fail(notice(run, 'publishNotice', draft({ [field]: text }), 'demo-village'))
    expect(err.code).toBe('invalid-argument')
    expect(err.message).toContain(message)
    expect(err.field).toBe(field)
  })

  test('amounts, dates and counts in a notice pass', async () => {
    await ok(
      notice(
        run,
        'publishNotice',
        draft({
          body: '补助 12,000.00元，共 13 户 45 人，公示期 2026-12-05 至 2026-12-11，合计 138123456.78 元。',
        }),
        'demo-village',
      ),
    )
  })

  test('an objection keeps no separated number readable, in its text or its contact', async () => {
    const text = '我是李四 4101 2319 8001 0112 31，电话 138-1234-5678'
    const res = await ok<{ objectionId: string }>(
      notice(
        run,
        'submitObjection',
        { noticeId: 'ntc-demo-dibao', text, contact: '139 1234 6621' },
        'villager-sep',
      ),
    )
    const [stored] = run.cloud.db.find('notice_objections', { _id: res.objectionId })
    expect(stored).toMatchObject({
      text: '我是李四 4101**********1231，电话 138****5678',
      contactMasked: '139****6621',
    })
  })

  test('a subscribe message never carries a number in full, even written with spaces', async () => {
    await subscribe(run, 'demo-secretary', ['urge'])
    await ok(
      notice(
        run,
        'sendUrge',
        {
          topic: 'general',
          filter: 'manual',
          personIds: [personIdOf(run, 'demo-secretary')],
          title: '请回电 138 1234 5678',
          body: '户主 4101 2319 8001 0112 31 的材料请补齐',
        },
        'demo-supervisor',
      ),
    )
    const [sent] = sentTo(run, 'demo-secretary')
    const values = JSON.stringify(sent.data)
    expect(values).toContain('138****5678')
    expect(values.replace(/\D/g, '')).not.toContain('12345678')
    expect(values).not.toContain('0112 31')
  })
})
