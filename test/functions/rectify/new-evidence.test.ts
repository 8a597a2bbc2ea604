import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { storeAs, uploadAs } from '../../helpers/uploads'
import type { RectItemDetail } from '../../../types/api/rectify-schemas'
import { AFTER_NEAR, expectOk, itemIn, photo, rectify, registerInputFor, type Env } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: '2026-03-02T02:00:00.000Z' })
})
afterAll(() => run.stop())

const LATER = '2026-03-03T02:00:00.000Z'

function refusal(res: Env<unknown>): [string, string | undefined] | 'ok' {
  return res.ok ? 'ok' : [res.error.code, res.error.field]
}

async function applyClose(
  itemId: string,
  version: number,
  afterPhotos: unknown[],
  who = 'demo-secretary',
): Promise<Env<unknown>> {
  return rectify(run, 'applyClose', { itemId, version, description: '已整改', afterPhotos }, who, LATER)
}

describe('after-photos are new evidence', () => {
  test("the item's own before-photo sent back as its after-photo is refused", async () => {
    // The village cadre finds the problem himself and is responsible for it: both photos are his.
    const input = await registerInputFor(run, { registrar: 'demo-secretary', source: 'self_check' })
    const reg = expectOk(await rectify(run, 'register', input, 'demo-secretary'))
    const before = (input.beforePhotos as Array<{ fileID: string }>)[0]
    const dispatched = expectOk(
      await rectify(run, 'dispatch', { itemId: reg.id, version: reg.version }, 'demo-supervisor'),
    )
    const signed = expectOk(
      await rectify(run, 'sign', { itemId: reg.id, version: dispatched.version }, 'demo-secretary'),
    )
    expect(refusal(await applyClose(reg.id, signed.version, [before]))).toEqual([
      'invalid-argument',
      'afterPhotos',
    ])
    const d = expectOk(await rectify<RectItemDetail>(run, 'getItem', { itemId: reg.id }, 'demo-supervisor'))
    expect([d.state, d.afterPhotos.length]).toEqual(['signed', 0])
  })

  test('a before-photo of another item is refused as an after-photo', async () => {
    const input = await registerInputFor(run, { registrar: 'demo-secretary', source: 'self_check' })
    expectOk(await rectify(run, 'register', input, 'demo-secretary'))
    const item = await itemIn(run, 'in_progress')
    const reused = (input.beforePhotos as Array<{ fileID: string }>)[0]
    expect(refusal(await applyClose(item.id, item.version, [reused]))).toEqual([
      'invalid-argument',
      'afterPhotos',
    ])
  })

  test('a file someone else uploaded is refused', async () => {
    const item = await itemIn(run, 'in_progress')
    const theirs = await photo(run, 'demo-member', 'rectify-after', AFTER_NEAR, LATER)
    expect(refusal(await applyClose(item.id, item.version, [theirs]))).toEqual([
      'permission-denied',
      'afterPhotos',
    ])
  })

  test('a photo uploaded before the item was dispatched is refused', async () => {
    const early = await photo(run, 'demo-secretary', 'rectify-after', AFTER_NEAR, '2026-03-01T00:00:00.000Z')
    const item = await itemIn(run, 'in_progress')
    expect(refusal(await applyClose(item.id, item.version, [early]))).toEqual([
      'failed-precondition',
      'afterPhotos',
    ])
  })

  test('an after-photo used for one item is refused for another, and a refused step frees nothing it held', async () => {
    const [a, b] = [await itemIn(run, 'in_progress'), await itemIn(run, 'in_progress')]
    const shot = await photo(run, 'demo-secretary', 'rectify-after', AFTER_NEAR, LATER)
    // A stale version fails the step: the photo must stay free for the retry.
    expect(refusal(await applyClose(a.id, a.version + 5, [shot]))[0]).toBe('conflict')
    expectOk(await applyClose(a.id, a.version, [shot]))
    // A resend after a lost answer is refused (the item moved on) and must not free the photo it already used.
    expect(refusal(await applyClose(a.id, a.version, [shot]))).not.toBe('ok')
    expect(refusal(await applyClose(b.id, b.version, [shot]))).toEqual(['conflict', 'afterPhotos'])
  })

  test('an unregistered file, even at a fresh random path, is refused', async () => {
    const item = await itemIn(run, 'in_progress')
    const bare = storeAs(run, 'demo-secretary', 'rectify-after')
    expect(refusal(await applyClose(item.id, item.version, [{ fileID: bare }]))).toEqual([
      'failed-precondition',
      'afterPhotos',
    ])
  })

  test("the reviewer sees the server's upload time and uploader beside the time and place the phone claimed", async () => {
    const item = await itemIn(run, 'in_progress')
    const fileID = await uploadAs(run, 'demo-secretary', 'rectify-after', {
      now: '2026-03-03T01:00:00.000Z',
      takenAt: '2026-03-03T08:55:00+08:00',
      location: { lat: 33.0005, lng: 112.5, accuracy: 12 },
    })
    expectOk(await applyClose(item.id, item.version, [{ fileID }]))
    const d = expectOk(await rectify<RectItemDetail>(run, 'getItem', { itemId: item.id }, 'demo-supervisor'))
    expect(d.afterPhotos[0]).toMatchObject({
      uploadedAt: '2026-03-03T01:00:00.000Z',
      uploaderName: expect.any(String),
      at: LATER,
      deviceAt: '2026-03-03T00:55:00.000Z',
      location: { lat: 33.0005, lng: 112.5, accuracy: 12 },
      nearestM: 56,
    })
  })
})

describe('registering an upload', () => {
  test('a file registered by its uploader cannot be claimed by anyone else', async () => {
    const fileID = await uploadAs(run, 'demo-secretary', 'rectify-after')
    const res = (await run.call(
      'files',
      'registerUpload',
      { fileID, purpose: 'rectify-after' },
      'demo-member',
    )) as Env<unknown>
    expect(refusal(res)[0]).toBe('conflict')
  })

  test('a file at a guessable path (not 32 random hex digits) cannot be registered', async () => {
    const { fileID } = run.cloud.store.upload(
      'rectify/2026-03/before-1.jpg',
      Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
    )
    const res = (await run.call(
      'files',
      'registerUpload',
      { fileID, purpose: 'rectify-before' },
      'demo-secretary',
    )) as Env<unknown>
    expect(refusal(res)).toEqual(['invalid-argument', 'fileID'])
  })

  test('a file that is not in storage cannot be registered', async () => {
    const fileID = `cloud://local.zhucun-local/rectify/${'ab'.repeat(16)}.jpg`
    const res = (await run.call(
      'files',
      'registerUpload',
      { fileID, purpose: 'rectify-after' },
      'demo-secretary',
    )) as Env<unknown>
    expect(refusal(res)).toEqual(['not-found', 'fileID'])
  })
})
