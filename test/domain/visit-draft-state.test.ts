import { stateOfDraft } from '../../src/services/visit-draft-state'

const draft = (patch: Partial<Parameters<typeof stateOfDraft>[0]> = {}) => ({
  queueId: null,
  visitId: null,
  photos: [],
  photoError: null,
  ...patch,
})
const photo = (attached: boolean) => ({ id: 'p', ref: 'idb:p', attached })

describe('the send state of a visit draft', () => {
  test('a draft never handed to the queue is 草稿', () => {
    expect(stateOfDraft(draft(), undefined)).toBe('draft')
  })

  test('a queued form waiting for the network is 待同步', () => {
    expect(stateOfDraft(draft({ queueId: 'c.0' }), 'pending')).toBe('pending')
  })

  test('a form the server refused is 失败可重试, whatever its photos', () => {
    expect(stateOfDraft(draft({ queueId: 'c.0', photos: [photo(false)] }), 'failed')).toBe('failed')
  })

  test('a delivered form with a photo still to upload is 待同步, and 失败可重试 when that upload was refused', () => {
    expect(stateOfDraft(draft({ queueId: 'c.0', visitId: 'v-c', photos: [photo(false)] }), 'synced')).toBe(
      'pending',
    )
    expect(
      stateOfDraft(
        draft({ queueId: 'c.0', visitId: 'v-c', photos: [photo(false)], photoError: '照片文件编号不正确' }),
        'synced',
      ),
    ).toBe('failed')
  })

  test('a delivered form with every photo attached is 已同步, also after the queue pruned its item', () => {
    expect(stateOfDraft(draft({ queueId: 'c.0', visitId: 'v-c', photos: [photo(true)] }), 'synced')).toBe(
      'synced',
    )
    expect(stateOfDraft(draft({ queueId: 'c.0', visitId: 'v-c', photos: [photo(true)] }), undefined)).toBe(
      'synced',
    )
  })

  test('a queue item pruned before its answer was read stays 待同步 until the resend answers', () => {
    expect(stateOfDraft(draft({ queueId: 'c.0' }), undefined)).toBe('pending')
  })
})
