import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { OBJECTIONS_PER_DAY, OBJECTIONS_PER_NOTICE } from '../../../types/domain/notice-labels'
import { FIRST_VILLAGE, notice, NOW, ok } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

type Envelope = { ok: boolean; error?: { code: string; message: string } }
const object = (noticeId: string, openid: string, i: number) =>
  notice(run, 'submitObjection', { noticeId, text: `异议 ${i}：名单有误` }, openid) as Promise<Envelope>

describe('objection limits hold under concurrent submissions', () => {
  test(`12 objections to one notice sent at once: exactly ${OBJECTIONS_PER_NOTICE} are stored`, async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => object('ntc-demo-dibao', 'villager-race-1', i)),
    )
    expect(answers.filter((a) => a.ok)).toHaveLength(OBJECTIONS_PER_NOTICE)
    expect(
      answers
        .filter((a) => !a.ok)
        .every((a) => a.error?.message.includes(`同一公示每人最多提出 ${OBJECTIONS_PER_NOTICE} 条异议`)),
    ).toBe(true)
    expect(run.cloud.db.count('notice_objections', { openid: 'villager-race-1' })).toBe(OBJECTIONS_PER_NOTICE)
  })

  test(`objections spread over several notices at once: exactly ${OBJECTIONS_PER_DAY} a day`, async () => {
    const ids: string[] = []
    for (let n = 0; n < 6; n++) {
      const res = await ok<{ id: string }>(
        notice(
          run,
          'publishNotice',
          {
            unitId: FIRST_VILLAGE,
            title: `公示 ${n}`,
            body: '公示期内可提出异议。',
            category: 'monitor_inclusion',
          },
          'demo-village',
        ),
      )
      ids.push(res.id)
    }
    // 6 notices × 3 = 18 allowed per notice, but only 10 a day.
    const answers = await Promise.all(
      ids.flatMap((id, n) => Array.from({ length: 3 }, (_, i) => object(id, 'villager-race-2', n * 3 + i))),
    )
    expect(answers.filter((a) => a.ok)).toHaveLength(OBJECTIONS_PER_DAY)
    expect(run.cloud.db.count('notice_objections', { openid: 'villager-race-2' })).toBe(OBJECTIONS_PER_DAY)
  })
})
