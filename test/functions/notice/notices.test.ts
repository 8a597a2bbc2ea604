import { uploadAs } from '../../helpers/uploads'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { decrypt } from '../../../cloudfunctions/src/shared/sensitive'
import { DEV_DATA_KEY } from '../../../emulator/seed/dev-key'
import { fail, FIRST_TOWNSHIP, FIRST_VILLAGE, notice, NOW, ok, personIdOf } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

const VILLAGE_CODE = '411302100200'
// A real-looking ID number (check character right) and a mobile number, written out in full.
const FULL_ID = '411302198807150038'
type Summary = { id: string; inWindow: boolean; startDay: string; endDay: string; objections: number }

const draft = (extra: Record<string, unknown> = {}) => ({
  unitId: FIRST_VILLAGE,
  title: '2026年度脱贫户退出名单公示',
  body: '拟退出 2 户，公示期内可提出异议。',
  category: 'monitor_inclusion',
  ...extra,
})

describe('publishing a 公示', () => {
  test('a notice naming a full ID number is refused, and the message names what was found, masked', async () => {
    const err = await fail(
      notice(
        run,
        'publishNotice',
        draft({ body: `户主张三，身份证 ${FULL_ID}，家庭人口 4 人。` }),
        'demo-village',
      ),
    )
    expect(err.code).toBe('invalid-argument')
    expect(err.message).toContain('正文含未打码的身份证号 4113**********0038')
    expect(err.message).not.toContain(FULL_ID)
  })

  test('a mobile number in an attachment name is refused too; masked numbers and other long numbers pass', async () => {
    const attachment = { fileID: 'cloud://local-zhucun/notice/a.pdf', name: '联系人13812345678.pdf' }
    const err = await fail(notice(run, 'publishNotice', draft({ attachments: [attachment] }), 'demo-village'))
    expect(err.message).toContain('手机号 138****5678')
    const fine = draft({ body: '户主张三（4113**********0038，138****5678），项目编号 202611200000000001。' })
    const res = await ok<Summary>(notice(run, 'publishNotice', fine, 'demo-village'))
    expect(res).toMatchObject({ startDay: '2026-11-20', endDay: '2026-11-26', inWindow: true, objections: 0 })
  })

  test('a village cadre writes for their own village only; a township leader may write for the township', async () => {
    expect(
      (await fail(notice(run, 'publishNotice', draft({ unitId: FIRST_TOWNSHIP }), 'demo-village'))).code,
    ).toBe('permission-denied')
    expect((await fail(notice(run, 'publishNotice', draft(), 'demo-secretary-b'))).code).toBe(
      'permission-denied',
    )
    await ok(
      notice(
        run,
        'publishNotice',
        draft({ unitId: FIRST_TOWNSHIP, category: 'project_funds', days: 5 }),
        'demo-township',
      ),
    )
  })
})

describe('villagers read notices without binding, and object during the window', () => {
  test("anyone lists a village's notices together with its township's, and opens one", async () => {
    for (const openid of ['', 'o-stranger']) {
      const list = await ok<{ villageName: string; items: Summary[] }>(
        notice(run, 'listPublicNotices', { villageCode: VILLAGE_CODE }, openid),
      )
      expect(list.items.map((n) => n.id)).toEqual(
        expect.arrayContaining(['ntc-demo-dibao', 'ntc-demo-project']),
      )
    }
    const detail = await ok<{ body: string; inWindow: boolean }>(
      notice(run, 'getPublicNotice', { noticeId: 'ntc-demo-dibao' }, 'o-stranger'),
    )
    expect(detail.inWindow).toBe(true)
    expect(detail.body).toContain('4113**********0012')
  })

  test("an objection is stored masked and encrypted, and reaches the township leader's inbox", async () => {
    const text = `王某某家有货车，不符合条件。我是李四 ${FULL_ID}`
    const res = await ok<{ objectionId: string }>(
      notice(
        run,
        'submitObjection',
        { noticeId: 'ntc-demo-dibao', text, contact: '13912346621' },
        'villager-a',
      ),
    )
    const [stored] = run.cloud.db.find('notice_objections', { _id: res.objectionId })
    expect(stored).toMatchObject({
      contactMasked: '139****6621',
      text: '王某某家有货车，不符合条件。我是李四 4113**********0038',
      status: 'open',
    })
    expect(JSON.stringify(stored)).not.toContain('13912346621')
    expect(decrypt(String(stored.contactEnc), DEV_DATA_KEY)).toBe('13912346621')
    expect(decrypt(String(stored.textEnc), DEV_DATA_KEY)).toBe(text)
    const inbox = run.cloud.db.find('inbox', { refId: res.objectionId })
    expect(inbox.map((r) => r.personId)).toEqual(
      expect.arrayContaining([personIdOf(run, 'demo-township'), personIdOf(run, 'demo-village')]),
    )
  })

  test('objections are limited per WeChat user and per notice, and refused outside the window or without an OPENID', async () => {
    for (let i = 0; i < 3; i++)
      await ok(
        notice(
          run,
          'submitObjection',
          { noticeId: 'ntc-demo-project', text: `第${i + 1}条意见` },
          'villager-b',
        ),
      )
    const err = await fail(
      notice(run, 'submitObjection', { noticeId: 'ntc-demo-project', text: '第4条意见' }, 'villager-b'),
    )
    expect(err).toMatchObject({
      code: 'failed-precondition',
      message: expect.stringContaining('最多提出 3 条'),
    })
    expect(
      (
        await fail(
          notice(run, 'submitObjection', { noticeId: 'ntc-demo-finance', text: '有问题' }, 'villager-c'),
        )
      ).message,
    ).toContain('不在公示期内')
    expect(
      (await fail(notice(run, 'submitObjection', { noticeId: 'ntc-demo-dibao', text: '有问题' }, ''))).code,
    ).toBe('failed-precondition')
  })

  test('the township turns an objection into a rectification item (source 公示异议) in one step', async () => {
    const fileID = await uploadAs(run, 'villager-d', 'objection')
    const { objectionId } = await ok<{ objectionId: string }>(
      notice(
        run,
        'submitObjection',
        { noticeId: 'ntc-demo-dibao', text: '名单有误', photoFileId: fileID },
        'villager-d',
      ),
    )
    const view = await ok<{ status: string; rectifyItemId: string }>(
      notice(
        run,
        'convertObjection',
        { objectionId, responsiblePersonId: personIdOf(run, 'demo-secretary'), deadline: '2026-12-10' },
        'demo-township',
      ),
    )
    expect(view.status).toBe('converted')
    const [item] = run.cloud.db.find('rectify_items', { _id: view.rectifyItemId })
    expect(item).toMatchObject({
      source: 'notice_objection',
      villageId: FIRST_VILLAGE,
      state: 'registered',
      responsiblePersonId: personIdOf(run, 'demo-secretary'),
    })
    expect(String((item.beforePhotos as Array<{ fileID: string }>)[0].fileID)).toMatch(
      /\/rectify\/[0-9a-f]{32}\.jpg$/,
    )
    expect(
      (
        await fail(
          notice(
            run,
            'convertObjection',
            { objectionId, responsiblePersonId: personIdOf(run, 'demo-secretary'), deadline: '2026-12-10' },
            'demo-township',
          ),
        )
      ).code,
    ).toBe('failed-precondition')
    expect(
      (await fail(notice(run, 'replyObjection', { objectionId, reply: '已核实' }, 'demo-township-b'))).code,
    ).toBe('permission-denied')
  })

  test('a villager cannot attach a photo someone else uploaded to an objection', async () => {
    const theirs = await uploadAs(run, 'villager-e', 'objection')
    const err = await fail(
      notice(
        run,
        'submitObjection',
        { noticeId: 'ntc-demo-dibao', text: '名单有误', photoFileId: theirs },
        'villager-f',
      ),
    )
    expect([err.code, err.field]).toEqual(['permission-denied', 'photoFileId'])
  })

  test("a withdrawn notice disappears for villagers but stays on the cadres' list", async () => {
    const n = await ok<Summary>(notice(run, 'publishNotice', draft({ title: '发错的公示' }), 'demo-village'))
    await ok(notice(run, 'withdrawNotice', { noticeId: n.id, reason: '内容有误' }, 'demo-village'))
    expect((await fail(notice(run, 'getPublicNotice', { noticeId: n.id }, 'o-stranger'))).code).toBe(
      'not-found',
    )
    const managed = await ok<{ items: Array<{ id: string; withdrawn: boolean }> }>(
      notice(run, 'listManagedNotices', {}, 'demo-village'),
    )
    expect(managed.items.find((i) => i.id === n.id)?.withdrawn).toBe(true)
  })
})
