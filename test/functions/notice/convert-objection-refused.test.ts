import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { uploadAs } from '../../helpers/uploads'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { fail, notice, NOW, ok, personIdOf } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterAll(() => run.stop())

let seq = 0
async function objectionWithPhoto(): Promise<{ objectionId: string; fileID: string }> {
  const villager = `villager-convert-${++seq}`
  const fileID = await uploadAs(run, villager, 'objection')
  const { objectionId } = await ok<{ objectionId: string }>(
    notice(
      run,
      'submitObjection',
      { noticeId: 'ntc-demo-dibao', text: '名单有误', photoFileId: fileID },
      villager,
    ),
  )
  return { objectionId, fileID }
}

/** Every file the local store holds, by path under its root. */
function storedFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    )
  return walk(run.cloud.store.root).sort()
}

describe('turning an objection into a rectification item, refused', () => {
  test('an objection whose photo can no longer be read is a clear refusal that changes nothing', async () => {
    const { objectionId, fileID } = await objectionWithPhoto()
    run.cloud.store.remove(fileID)
    const before = run.cloud.db.snapshot()
    const err = await fail(
      notice(
        run,
        'convertObjection',
        { objectionId, responsiblePersonId: personIdOf(run, 'demo-secretary'), deadline: '2026-12-10' },
        'demo-township',
      ),
    )
    expect(err).toMatchObject({
      code: 'failed-precondition',
      message: expect.stringContaining('照片已无法读取'),
    })
    expect(run.cloud.db.snapshot()).toEqual(before)
  })

  test("when the ledger refuses the item, the copy of the villager's photo is taken back", async () => {
    const { objectionId } = await objectionWithPhoto()
    const before = run.cloud.db.snapshot()
    const files = storedFiles()
    // A deadline already past: the rectify function refuses to register the item.
    const err = await fail(
      notice(
        run,
        'convertObjection',
        { objectionId, responsiblePersonId: personIdOf(run, 'demo-secretary'), deadline: '2026-01-05' },
        'demo-township',
      ),
    )
    expect(err.code).toBe('invalid-argument')
    expect(run.cloud.db.snapshot()).toEqual(before)
    expect(storedFiles()).toEqual(files)
  })
})
