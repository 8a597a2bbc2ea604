import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { uploadAs } from '../../helpers/uploads'
import type { CheckInResult } from '../../../types/api/presence-views'
import { fail, fixNear, NOW, ok, village } from './helpers'

let run: RunningCloud
const checkIn = (input: unknown, openid: string, now = NOW) =>
  run.cloud.call('presence', 'checkIn', input, openid, { ZHUCUN_NOW: now })

beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

describe('check-in photos', () => {
  test("a check-in keeps the caller's own check-in photo, and a resend with it is answered as before", async () => {
    const input = {
      ...fixNear(village(run), 100),
      photoFileId: await uploadAs(run, 'demo-secretary', 'check-in'),
    }
    const first = await ok<CheckInResult>(checkIn(input, 'demo-secretary'))
    const again = await ok<CheckInResult>(checkIn(input, 'demo-secretary'))
    expect([first.counted, again.duplicate]).toEqual([true, true])
    expect(run.cloud.db.find('presence_checkins', { _id: first.checkInId })[0]).toMatchObject({
      photoFileId: input.photoFileId,
    })
  })

  test('a photo already used by one check-in is refused for another', async () => {
    const photoFileId = await uploadAs(run, 'demo-member', 'check-in')
    await ok(checkIn({ ...fixNear(village(run), 100), photoFileId }, 'demo-member'))
    const err = await fail(
      checkIn(
        { ...fixNear(village(run), 100, { capturedAt: '2026-11-20T06:30:00.000Z' }), photoFileId },
        'demo-member',
        '2026-11-20T06:31:00.000Z',
      ),
    )
    expect([err.code, err.field]).toEqual(['conflict', 'photoFileId'])
  })

  test("someone else's photo is refused and nothing is stored", async () => {
    const photoFileId = await uploadAs(run, 'demo-member', 'check-in')
    const input = { ...fixNear(village(run), 100, { capturedAt: '2026-11-20T07:00:00.000Z' }), photoFileId }
    const err = await fail(checkIn(input, 'demo-secretary', '2026-11-20T07:01:00.000Z'))
    expect([err.code, err.field]).toEqual(['permission-denied', 'photoFileId'])
    expect(run.cloud.db.find('presence_checkins', { clientId: input.clientId })).toEqual([])
  })
})
