import type { ActionInput, ActionName } from '../../../types/api'
import { uploadAs } from '../../helpers/uploads'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { NOW, ok } from './helpers'

interface WorkLogView {
  day: string
  text: string | null
  photos: Array<{ fileId: string; url: string }>
  updatedAt: string | null
}

let run: RunningCloud
const call = <A extends ActionName<'presence'>>(
  action: A,
  input: ActionInput<'presence', A>,
  openid: string,
) => run.call('presence', action, input, openid)

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

describe("reading a day's work log", () => {
  test('a day without a log reads as empty', async () => {
    const log = await ok<WorkLogView>(call('getWorkLog', { day: '2026-11-19' }, 'demo-member'))
    expect(log).toEqual({ day: '2026-11-19', text: null, photos: [], updatedAt: null })
  })

  test('the saved text and photos come back with a link for each photo, for the author only', async () => {
    const fileID = await uploadAs(run, 'demo-secretary', 'work-log')
    await ok(
      call(
        'saveWorkLog',
        { day: '2026-11-20', text: '走访五户，协调修路', photoFileIds: [fileID] },
        'demo-secretary',
      ),
    )
    const mine = await ok<WorkLogView>(call('getWorkLog', { day: '2026-11-20' }, 'demo-secretary'))
    expect(mine.text).toBe('走访五户，协调修路')
    expect(mine.photos).toHaveLength(1)
    expect(mine.photos[0].fileId).toBe(fileID)
    expect(mine.photos[0].url).toMatch(/^http/)
    expect(mine.updatedAt).toBe(NOW)
    const colleague = await ok<WorkLogView>(call('getWorkLog', { day: '2026-11-20' }, 'demo-member'))
    expect(colleague.text).toBeNull()
  })

  test('a malformed day is refused', async () => {
    const res = (await call('getWorkLog', { day: '2026/11/20' }, 'demo-secretary')) as {
      ok: boolean
      error?: { code: string }
    }
    expect(res.ok).toBe(false)
    expect(res.error?.code).toBe('invalid-argument')
  })
})
