import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { RectItemDetail } from '../../../types/api/rectify-schemas'
import { wgs84ToGcj02 } from '../../../types/domain/presence-geo'
import { AFTER_FAR, AFTER_NEAR, BEFORE, expectOk, itemIn, photo, rectify, type PhotoIn } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: '2026-03-02T02:00:00.000Z' })
})
afterAll(() => run.stop())

async function applied(spot: Omit<PhotoIn, 'fileID'>): Promise<RectItemDetail> {
  const item = await itemIn(run, 'in_progress')
  const after = await photo(run, 'demo-secretary', 'rectify-after', spot, '2026-03-04T02:59:00.000Z')
  expectOk(
    await rectify(
      run,
      'applyClose',
      { itemId: item.id, version: item.version, description: '已整改', afterPhotos: [after] },
      'demo-secretary',
      '2026-03-04T03:00:00.000Z',
    ),
  )
  return expectOk(await rectify<RectItemDetail>(run, 'getItem', { itemId: item.id }, 'demo-supervisor'))
}

describe('evidence photos', () => {
  test('an after-photo more than 200 m from the before-photos is flagged for the reviewer', async () => {
    const d = await applied(AFTER_FAR)
    expect(d.afterFar).toBe(true)
    expect(d.afterPhotos[0]).toMatchObject({ far: true, nearestM: 334 })
  })

  test('an after-photo taken at the same spot is not flagged', async () => {
    const d = await applied(AFTER_NEAR)
    expect(d.afterFar).toBe(false)
    expect(d.afterPhotos[0]).toMatchObject({ far: false, nearestM: 56 })
  })

  test('a WeChat (gcj02) after-photo at the spot of a browser (wgs84) before-photo is judged on one datum and not flagged', async () => {
    const spot = wgs84ToGcj02({ lat: BEFORE.location.lat, lng: BEFORE.location.lng })
    const d = await applied({ location: { ...spot, accuracy: 10, coordType: 'gcj02' } })
    expect(d.afterPhotos[0]).toMatchObject({ far: false, nearestM: 0 })
  })

  test('the server stamps its own time on a photo and keeps the phone time beside it', async () => {
    const d = await applied({ ...AFTER_NEAR, takenAt: '2026-01-01T08:00:00+08:00' })
    expect(d.afterPhotos[0]).toMatchObject({
      at: '2026-03-04T03:00:00.000Z',
      deviceAt: '2026-01-01T00:00:00.000Z',
    })
  })

  test('a file outside the rectify folder is not accepted as evidence', async () => {
    const item = await itemIn(run, 'in_progress')
    const res = await rectify(
      run,
      'applyClose',
      {
        itemId: item.id,
        version: item.version,
        description: '已整改',
        afterPhotos: [{ fileID: 'cloud://local.zhucun-local/other/x.jpg' }],
      },
      'demo-secretary',
    )
    expect(res.ok ? 'ok' : [res.error.code, res.error.field]).toEqual([
      'invalid-argument',
      'afterPhotos.0.fileID',
    ])
  })

  test("closing needs the reviewer's own comment", async () => {
    const item = await itemIn(run, 'reviewing')
    const res = await rectify(
      run,
      'close',
      { itemId: item.id, version: item.version, comment: '  ' },
      'demo-supervisor',
    )
    expect(res.ok ? 'ok' : [res.error.code, res.error.field]).toEqual(['invalid-argument', 'comment'])
  })

  test('the timeline lists every step with who, when, from, to and the photos side by side', async () => {
    const closed = await itemIn(run, 'closed')
    const d = expectOk(await rectify<RectItemDetail>(run, 'getItem', { itemId: closed.id }, 'demo-secretary'))
    expect(d.timeline.map((e) => [e.label, e.from, e.to, e.actorName !== ''])).toEqual([
      ['挂号', null, 'registered', true],
      ['派发', 'registered', 'dispatched', true],
      ['签收', 'dispatched', 'signed', true],
      ['申请销号', 'signed', 'close_requested', true],
      ['开始复核', 'close_requested', 'reviewing', true],
      ['销号', 'reviewing', 'closed', true],
    ])
    expect([d.beforePhotos.length, d.afterPhotos.length, d.reviewComment, d.reviewerName]).toEqual([
      1,
      1,
      '现场核实，整改到位',
      '督查组长',
    ])
    expect(d.actions).toEqual([])
  })
})
