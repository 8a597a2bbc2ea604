import { randomBytes } from 'node:crypto'
import { uploadCloudPath } from '../../../types/domain/upload'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { ReviewEntryView, ReviewSessionView } from '../../../types/api/presence-reviews'
import { reviewResultsOf } from '../../../cloudfunctions/src/shared/duty-reviews'
import type { Database } from '../../../cloudfunctions/src/shared/db-types'
import { toldBy } from '../notify/helpers'
import { fail, FIRST_TOWNSHIP, NOW, ok, personIdOf } from './helpers'

let run: RunningCloud
beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

const session = (openid: string, level: 'township' | 'county', unitId: string) =>
  run.call(
    'presence',
    'createReviewSession',
    {
      level,
      unitId,
      date: '2026-11-18',
      title: '瓦店镇驻村干部述职评议会',
      attendees: ['张三', '李四', '王五'],
    },
    openid,
  )
const record = (sessionId: string, personId: string, openid = 'demo-township', extra: object = {}) =>
  run.call(
    'presence',
    'recordReview',
    { sessionId, personId, reportText: '本年走访全部结对户，完成整改 3 项', result: 'fairly_good', ...extra },
    openid,
  )

describe('述职评议: sessions, 述职 and results entered by people', () => {
  test('a township leader holds a session, records a cadre’s 述职 and result, and the cadre is told', async () => {
    const s = await ok<ReviewSessionView>(session('demo-township', 'township', FIRST_TOWNSHIP))
    expect(s).toMatchObject({ levelLabel: '乡镇', unitName: '瓦店镇', attendees: ['张三', '李四', '王五'] })
    const secretary = personIdOf(run, 'demo-secretary')
    const told = await toldBy(run, () =>
      ok(
        record(s.id, secretary, 'demo-township', { votes: { good: 5, fairlyGood: 9, average: 1, poor: 0 } }),
      ),
    )
    expect(told).toEqual([
      expect.objectContaining({ personId: secretary, kind: 'review_recorded', title: '述职评议结果：较好' }),
    ])
    const detail = await ok<{
      entries: ReviewEntryView[]
      cadres: Array<{ personId: string }>
      canRecord: boolean
    }>(run.call('presence', 'getReviewSession', { sessionId: s.id }, 'demo-township'))
    expect(detail.canRecord).toBe(true)
    expect(detail.cadres.map((c) => c.personId)).toContain(secretary)
    expect(detail.entries).toEqual([
      expect.objectContaining({
        personId: secretary,
        resultLabel: '较好',
        votes: { good: 5, fairlyGood: 9, average: 1, poor: 0 },
      }),
    ])
    const mine = await ok<{ items: ReviewEntryView[] }>(
      run.call('presence', 'listMyReviews', {}, 'demo-secretary'),
    )
    expect(mine.items.map((e) => e.resultLabel)).toEqual(['较好'])
    await ok(record(s.id, secretary, 'demo-township', { result: 'good' }))
    const sdk = require('wx-server-sdk') as { init(o: object): void; database(o: object): unknown }
    sdk.init({})
    const results = await reviewResultsOf(
      sdk.database({ throwOnNotFound: false }) as Database,
      [secretary],
      '2026',
    )
    expect(results.get(secretary)?.map((e) => e.result)).toEqual(['good'])
  })

  test('a 述职 file uploaded for the entry is kept with its own name and a link to open it', async () => {
    const s = await ok<ReviewSessionView>(session('demo-township', 'township', FIRST_TOWNSHIP))
    const secretary = personIdOf(run, 'demo-secretary')
    const path = uploadCloudPath('duty-report', randomBytes(16).toString('hex'), 'pdf')
    const stored = run.cloud.store.upload(path, Buffer.from('%PDF-1.4 述职报告'), undefined, 'demo-township')
    await ok(
      run.call(
        'files',
        'registerUpload',
        { fileID: stored.fileID, purpose: 'duty-report', name: '2026年述职报告.pdf' },
        'demo-township',
      ),
    )
    await ok(record(s.id, secretary, 'demo-township', { reportText: '', reportFileId: stored.fileID }))
    const detail = await ok<{ entries: ReviewEntryView[] }>(
      run.call('presence', 'getReviewSession', { sessionId: s.id }, 'demo-township'),
    )
    const [entry] = detail.entries
    expect(entry.reportFile?.name).toBe('2026年述职报告.pdf')
    expect(entry.reportFile?.url).toContain(encodeURIComponent(stored.fileID))
    const mine = await ok<{ items: ReviewEntryView[] }>(
      run.call('presence', 'listMyReviews', {}, 'demo-secretary'),
    )
    expect(mine.items[0].reportFile?.name).toBe('2026年述职报告.pdf')
  })

  test('a county session is the county admin’s; a township leader may neither hold nor record it', async () => {
    expect(await fail(session('demo-township', 'county', 'u-411302'))).toMatchObject({
      code: 'permission-denied',
    })
    const s = await ok<ReviewSessionView>(session('demo-admin', 'county', 'u-411302'))
    expect(s.levelLabel).toBe('县')
    expect((await fail(record(s.id, personIdOf(run, 'demo-secretary')))).code).toBe('permission-denied')
    await ok(record(s.id, personIdOf(run, 'demo-secretary'), 'demo-admin'))
  })

  test('bad input is refused in Chinese and writes nothing', async () => {
    const s = await ok<ReviewSessionView>(session('demo-township', 'township', FIRST_TOWNSHIP))
    const before = run.cloud.db.count('review_entries')
    expect(await fail(session('demo-township', 'county', FIRST_TOWNSHIP))).toMatchObject({
      code: 'invalid-argument',
    })
    expect(
      await fail(record(s.id, personIdOf(run, 'demo-secretary'), 'demo-township', { reportText: '' })),
    ).toMatchObject({
      code: 'invalid-argument',
      message: '请填写述职内容或上传述职材料',
    })
    expect(await fail(record(s.id, personIdOf(run, 'demo-supervisor')))).toMatchObject({
      code: 'invalid-argument',
      field: 'personId',
    })
    const score = await run.callRaw(
      'presence',
      'recordReview',
      { sessionId: s.id, personId: personIdOf(run, 'demo-secretary'), reportText: '述职', result: 95 },
      'demo-township',
    )
    expect(score).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('好、较好、一般或差') },
    })
    const noAttendees = await run.callRaw(
      'presence',
      'createReviewSession',
      { level: 'township', unitId: FIRST_TOWNSHIP, date: '2026-11-18', title: '评议会', attendees: [] },
      'demo-township',
    )
    expect(noAttendees).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('参会人员') },
    })
    expect(run.cloud.db.count('review_entries')).toBe(before)
    expect((await fail(record(s.id, personIdOf(run, 'demo-secretary'), 'demo-secretary'))).code).toBe(
      'permission-denied',
    )
  })
})
