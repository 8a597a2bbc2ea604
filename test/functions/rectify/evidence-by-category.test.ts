import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { uploadAs } from '../../helpers/uploads'
import { storedWorkbook } from '../../helpers/stored-workbook'
import type { RectItemDetail } from '../../../types/api/rectify-schemas'
import {
  AFTER_NEAR,
  VILLAGE,
  expectOk,
  photo,
  rectify,
  registerInputFor,
  type Env,
  type StepOut,
} from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: '2026-03-02T02:00:00.000Z' })
})
afterAll(() => run.stop())

const LATER = '2026-03-03T02:00:00.000Z'

function refusal(res: Env<unknown>): [string, string | undefined] | 'ok' {
  return res.ok ? 'ok' : [res.error.code, res.error.field]
}

async function registered(category: string, extra: Record<string, unknown> = {}): Promise<StepOut> {
  const input = { ...(await registerInputFor(run)), category, beforePhotos: [], ...extra }
  return expectOk(await rectify(run, 'register', input, 'demo-supervisor'))
}

/** Dispatched, signed and started by the responsible cadre. */
async function working(category: string, extra: Record<string, unknown> = {}): Promise<StepOut> {
  let item = await registered(category, extra)
  item = expectOk(
    await rectify(run, 'dispatch', { itemId: item.id, version: item.version }, 'demo-supervisor'),
  )
  item = expectOk(await rectify(run, 'sign', { itemId: item.id, version: item.version }, 'demo-secretary'))
  return expectOk(await rectify(run, 'start', { itemId: item.id, version: item.version }, 'demo-secretary'))
}

async function reviewing(
  item: StepOut,
  afterPhotos: unknown[] = [],
  afterFiles: string[] = [],
): Promise<StepOut> {
  const applied = expectOk(
    await rectify(
      run,
      'applyClose',
      { itemId: item.id, version: item.version, description: '已整改', afterPhotos, afterFiles },
      'demo-secretary',
      LATER,
    ),
  )
  return expectOk(
    await rectify(
      run,
      'startReview',
      { itemId: applied.id, version: applied.version },
      'demo-supervisor',
      LATER,
    ),
  )
}

function detail(id: string): Promise<RectItemDetail> {
  return rectify<RectItemDetail>(run, 'getItem', { itemId: id }, 'demo-supervisor', LATER).then(expectOk)
}

describe('photos only where the problem needs them', () => {
  test('a physical problem found on site cannot be registered without a before-photo, and nothing is written', async () => {
    const before = run.cloud.db.find('rectify_items', {}).length
    const res = await rectify(
      run,
      'register',
      { ...(await registerInputFor(run)), category: 'infrastructure', beforePhotos: [] },
      'demo-supervisor',
    )
    expect(refusal(res)).toEqual(['invalid-argument', 'beforePhotos'])
    expect(res.ok ? '' : res.error.message).toContain('整改前照片')
    expect(run.cloud.db.find('rectify_items', {})).toHaveLength(before)
  })

  test('a physical problem found in documents may be registered without a before-photo', async () => {
    const item = await registered('infrastructure', { foundIn: 'documents' })
    const view = await detail(item.id)
    expect(view).toMatchObject({
      evidenceKind: 'physical',
      foundIn: 'documents',
      foundInLabel: '查阅资料发现',
      beforePhotos: [],
    })
  })

  test('a physical problem cannot apply to close without an after-photo', async () => {
    const item = await working('infrastructure', { foundIn: 'documents' })
    const res = await rectify(
      run,
      'applyClose',
      { itemId: item.id, version: item.version, description: '已修好' },
      'demo-secretary',
      LATER,
    )
    expect(refusal(res)).toEqual(['invalid-argument', 'afterPhotos'])
    expect(run.cloud.db.find('rectify_items', { _id: item.id })[0]).toMatchObject({
      state: 'in_progress',
      version: item.version,
    })
  })

  test('a physical problem closes with an after-photo and needs no written confirmation', async () => {
    const item = await working('infrastructure', { foundIn: 'documents' })
    const review = await reviewing(item, [
      await photo(run, 'demo-secretary', 'rectify-after', AFTER_NEAR, LATER),
    ])
    const closed = await rectify(
      run,
      'close',
      { itemId: review.id, version: review.version, comment: '整改到位' },
      'demo-supervisor',
      LATER,
    )
    expect(expectOk(closed).state).toBe('closed')
    expect((await detail(item.id)).siteConfirmation).toBeNull()
  })

  test('a conduct problem is registered and applies to close with no photo at all', async () => {
    const item = await working('conduct')
    const review = await reviewing(item)
    expect(review.state).toBe('reviewing')
    expect(await detail(item.id)).toMatchObject({ evidenceKind: 'record', beforePhotos: [], afterPhotos: [] })
  })

  test("a conduct problem with neither photo nor file cannot be closed without the reviewer's written confirmation", async () => {
    const review = await reviewing(await working('conduct'))
    const res = await rectify(
      run,
      'close',
      { itemId: review.id, version: review.version, comment: '同意销号' },
      'demo-supervisor',
      LATER,
    )
    expect(refusal(res)).toEqual(['invalid-argument', 'confirmation'])
    expect(run.cloud.db.find('rectify_items', { _id: review.id })[0]).toMatchObject({
      state: 'reviewing',
      version: review.version,
    })
  })

  test("the reviewer's written confirmation closes a conduct problem and is kept with who wrote it and when", async () => {
    const review = await reviewing(await working('conduct'))
    const text = '经现场核实，该同志已在支部会上作出检查，群众反映问题已纠正'
    const closed = await rectify(
      run,
      'close',
      { itemId: review.id, version: review.version, comment: '同意销号', confirmation: text },
      'demo-supervisor',
      LATER,
    )
    expect(expectOk(closed).state).toBe('closed')
    const view = await detail(review.id)
    expect(view.siteConfirmation).toEqual({ text, byName: expect.any(String), at: LATER })
    expect(view.siteConfirmation?.byName).toBe(
      run.cloud.db.find('people', { openid: 'demo-supervisor' })[0].name,
    )
    expect(view.afterPhotos).toEqual([])
    // The ledger's 佐证 column carries the confirmation in place of photos.
    const out = expectOk(
      await rectify<{ fileID: string }>(
        run,
        'exportLedger',
        { villageId: VILLAGE, state: 'closed' },
        'demo-supervisor',
        LATER,
      ),
    )
    const rows = (await storedWorkbook(run, out.fileID))
      .getWorksheet('整改台账')
      ?.getSheetValues() as unknown[][]
    const row = rows.find(
      (r) => Array.isArray(r) && String(r[4]).includes(String(view.problem)) && String(r[12]).includes(text),
    )
    expect(String(row?.[12])).toMatch(/^复核人现场确认（.+，2026-03-03）：经现场核实/)
  })

  test('a document problem closes on a file showing the fix, without photo or written confirmation', async () => {
    const file = await uploadAs(run, 'demo-secretary', 'rectify-file')
    const review = await reviewing(await working('party_building'), [], [file])
    const closed = await rectify(
      run,
      'close',
      { itemId: review.id, version: review.version, comment: '会议记录齐全' },
      'demo-supervisor',
      LATER,
    )
    expect(expectOk(closed).state).toBe('closed')
    expect((await detail(review.id)).afterFiles.map((f) => f.fileID)).toEqual([file])
  })

  test('a photo cannot be passed off as a document file, nor a file as a photo', async () => {
    const item = await working('party_building')
    const shot = await photo(run, 'demo-secretary', 'rectify-after', AFTER_NEAR, LATER)
    const asFile = await rectify(
      run,
      'applyClose',
      { itemId: item.id, version: item.version, description: '已整改', afterFiles: [shot.fileID] },
      'demo-secretary',
      LATER,
    )
    expect(refusal(asFile)).toEqual(['invalid-argument', 'afterFiles.0'])
    const file = await uploadAs(run, 'demo-secretary', 'rectify-file')
    const asPhoto = await rectify(
      run,
      'applyClose',
      { itemId: item.id, version: item.version, description: '已整改', afterPhotos: [{ fileID: file }] },
      'demo-secretary',
      LATER,
    )
    expect(asPhoto.ok ? 'ok' : asPhoto.error.code).toBe('invalid-argument')
  })
})
