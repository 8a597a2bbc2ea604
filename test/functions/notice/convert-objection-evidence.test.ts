import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { fail, notice, NOW, ok, personIdOf } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

let seq = 0
/** A villager's objection with no photo, from the first village. */
async function objectionWithoutPhoto(): Promise<string> {
  const villager = `villager-nophoto-${++seq}`
  const { objectionId } = await ok<{ objectionId: string }>(
    notice(
      run,
      'submitObjection',
      { noticeId: 'ntc-demo-dibao', villageCode: '411302100200', text: '名单中有村干部亲属', contact: '' },
      villager,
    ),
  )
  return objectionId
}

function convert(objectionId: string, category: string): Promise<unknown> {
  return notice(
    run,
    'convertObjection',
    { objectionId, responsiblePersonId: personIdOf(run, 'demo-secretary'), deadline: '2026-12-10', category },
    'demo-township',
  )
}

describe('an objection without a photo becomes a rectification item when its category needs none', () => {
  test('a conduct problem is registered without any photo', async () => {
    const view = await ok<{ status: string; rectifyItemId: string }>(
      convert(await objectionWithoutPhoto(), 'conduct'),
    )
    expect(view.status).toBe('converted')
    expect(run.cloud.db.find('rectify_items', { _id: view.rectifyItemId })[0]).toMatchObject({
      category: 'conduct',
      source: 'notice_objection',
      beforePhotos: [],
    })
  })

  test('a physical problem still asks for a photo, and the objection stays open', async () => {
    const objectionId = await objectionWithoutPhoto()
    const err = await fail(convert(objectionId, 'infrastructure'))
    expect(err.code).toBe('failed-precondition')
    expect(err.message).toContain('请拍摄一张现场照片')
    expect(run.cloud.db.find('notice_objections', { _id: objectionId })[0]).toMatchObject({
      status: 'open',
      rectifyItemId: null,
    })
  })
})
