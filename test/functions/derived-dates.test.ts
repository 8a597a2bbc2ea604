import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

const VILLAGE = 'u-411302100200'

interface Envelope {
  ok: boolean
  error?: { code: string; message: string; field?: string }
}

describe('derived dates are checked before anything is written', () => {
  test('a notice window that would close after the last supported day is refused and writes nothing', async () => {
    const before = run.cloud.db.snapshot()
    const input = {
      unitId: VILLAGE,
      title: '年末公示',
      body: '公示内容',
      category: 'village_affairs' as const,
      startDay: '2099-12-30',
      days: 7,
    }
    const res = (await run.call('notice', 'publishNotice', input, 'demo-secretary')) as Envelope
    expect(res.ok).toBe(false)
    expect(res.error?.code).toBe('invalid-argument')
    expect(res.error?.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(run.cloud.db.snapshot()).toEqual(before)
  })

  test('the same window that closes on 31 December 2099 is published', async () => {
    const input = {
      unitId: VILLAGE,
      title: '年末公示',
      body: '公示内容',
      category: 'village_affairs' as const,
      startDay: '2099-12-25',
      days: 7,
    }
    const res = (await run.call('notice', 'publishNotice', input, 'demo-secretary')) as Envelope & {
      data?: { endDay: string }
    }
    expect(res.ok).toBe(true)
    expect(res.data?.endDay).toBe('2099-12-31')
  })

  test('a dashboard for January 2000 shows no trend months before 2000 and stores none', async () => {
    const res = (await run.call('report', 'getDashboard', { month: '2000-01' }, 'demo-admin')) as Envelope & {
      data?: { trend: Array<{ month: string }> }
    }
    expect(res.ok).toBe(true)
    expect(res.data?.trend.map((p) => p.month)).toEqual(['2000-01'])
    expect(run.cloud.db.find('stats_unit_month').filter((d) => String(d.month) < '2000-01')).toEqual([])
  })

  test.each([
    [
      'a leave that ends before it starts',
      'requestLeave',
      { type: 'personal', startDay: '2099-03-02', endDay: '2099-03-01', reason: '事假' },
    ],
    [
      'a leave that starts on 29 February of a common year',
      'requestLeave',
      { type: 'personal', startDay: '2099-02-29', endDay: '2099-03-01', reason: '事假' },
    ],
    ['a work log for 31 November', 'saveWorkLog', { day: '2026-11-31', text: '走访' }],
  ])('%s is refused as invalid-argument and writes nothing', async (_name, action, input) => {
    const before = run.cloud.db.snapshot()
    const res = (await run.callRaw('presence', action, input, 'demo-secretary')) as Envelope
    expect(res.error?.code).toBe('invalid-argument')
    expect(run.cloud.db.snapshot()).toEqual(before)
  })
})
