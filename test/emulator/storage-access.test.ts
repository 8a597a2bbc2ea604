import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { JPEG, uploadAs } from '../helpers/uploads'
import { visitInput } from '../functions/visit/helpers'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: true, now: '2026-11-20T01:00:00.000Z' })
})
afterAll(() => run.stop())

function upload(cloudPath: string, openid?: string): Promise<Response> {
  const headers: Record<string, string> = {
    'content-type': 'image/jpeg',
    ...(openid ? { 'x-dev-openid': openid } : {}),
  }
  return fetch(`${run.url}/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    body: new Blob([new Uint8Array(JPEG)]),
    headers,
  })
}

const download = (fileID: string, as?: string) =>
  fetch(`${run.url}/storage/download?fileID=${encodeURIComponent(fileID)}`, {
    headers: as ? { 'x-dev-openid': as } : {},
  })

describe("the local cloud's storage", () => {
  test('an upload without an identity is refused and stores nothing', async () => {
    const res = await upload('visit/0123456789abcdef0123456789abcdef.jpg')
    expect(res.status).toBe(401)
    expect(
      run.cloud.store.exists('cloud://local.zhucun-local/visit/0123456789abcdef0123456789abcdef.jpg'),
    ).toBe(false)
  })

  test("a user cannot overwrite another user's file, but may replace their own", async () => {
    const path = 'visit/fedcba9876543210fedcba9876543210.jpg'
    expect((await upload(path, 'demo-pairing')).status).toBe(200)
    expect((await upload(path, 'demo-pairing')).status).toBe(200)
    const theirs = await upload(path, 'demo-secretary-b')
    expect(theirs.status).toBe(403)
    expect(run.cloud.store.ownerOf(`cloud://local.zhucun-local/${path}`)).toBe('demo-pairing')
  })

  test('a file the server wrote (an export, a seed) cannot be replaced by a user', async () => {
    const { fileID } = run.cloud.store.upload('exports/report/x.jpg', JPEG)
    expect((await upload('exports/report/x.jpg', 'demo-admin')).status).toBe(403)
    expect(run.cloud.store.ownerOf(fileID)).toBe('')
  })

  test('a household photo of another township is not served to a reader there, and only its own readers get a signed link', async () => {
    // A pairing cadre of 瓦店镇 attaches a photo to a visit.
    const input = visitInput('h-411302100200-001', { photoCount: 1 })
    const visit = (await run.call('visit', 'submitVisit', input, 'demo-pairing')) as {
      ok: true
      data: { visitId: string }
    }
    const fileID = await uploadAs(run, 'demo-pairing', 'visit')
    expect(
      await run.call('visit', 'attachPhoto', { clientId: input.clientId, index: 0, fileID }, 'demo-pairing'),
    ).toMatchObject({ ok: true })
    // Another township's leader who learned the file id gets nothing from storage…
    expect((await download(fileID, 'demo-township-b')).status).toBe(403)
    // …nor a signed link through the function…
    expect(
      await run.call('visit', 'getVisit', { visitId: visit.data.visitId }, 'demo-township-b'),
    ).toMatchObject({ ok: false, error: { code: 'permission-denied' } })
    // …nor by attaching it to a record of their own.
    const spot = { villageId: 'u-411302101200', presentIds: [], absentIds: [], photoFileIds: [fileID] }
    expect(await run.call('presence', 'recordSpotCheck', spot, 'demo-township-b')).toMatchObject({
      ok: false,
      error: { code: 'permission-denied', field: 'photoFileIds' },
    })
    // The township's own leader reads the visit and the link the function signed works.
    const mine = (await run.call('visit', 'getVisit', { visitId: visit.data.visitId }, 'demo-township')) as {
      ok: true
      data: { photoList: Array<{ url: string }> }
    }
    const url = mine.data.photoList[0].url
    expect(url).toContain('sign=')
    expect((await fetch(url)).status).toBe(200)
    // A signature is for one file only.
    const other = run.cloud.store.upload('exports/report/y.jpg', JPEG).fileID
    expect((await fetch(url.replace(encodeURIComponent(fileID), encodeURIComponent(other)))).status).toBe(403)
  })
})
