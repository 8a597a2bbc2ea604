import { randomUUID } from 'node:crypto'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { VisitDetail } from '../../../types/api/visit-schemas'
import { fail, ok } from '../org/fixtures'
import { coverageDoc, FIRST_VILLAGE, form, H1, monthStats, NOW, visitInput } from './helpers'

let run: RunningCloud
let visitId: string
const call = (action: string, input: unknown, openid: string) =>
  run.cloud.call('visit', action, input, openid)
const correction = (
  baseVersion: number,
  patch = (f: ReturnType<typeof form>) => {
    f.income.annualEstimate = 18000
  },
) => ({
  visitId,
  clientId: randomUUID(),
  baseVersion,
  form: form(patch),
  reason: '收入填错，按存折核实',
})

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
  visitId = (await ok<{ visitId: string }>(call('submitVisit', visitInput(H1), 'demo-pairing'))).visitId
})
afterEach(() => run.stop())

describe('correcting and reviewing a visit', () => {
  test('a correction adds a version with its reason and keeps the first one unchanged', async () => {
    const r = await ok<{ version: number }>(call('correctVisit', correction(1), 'demo-pairing'))
    expect(r.version).toBe(2)
    const v = await ok<VisitDetail>(call('getVisit', { visitId }, 'demo-pairing'))
    expect(v.version).toBe(2)
    expect(v.form.income.annualEstimate).toBe(18000)
    expect(v.versions.map((x) => [x.version, x.reason, x.form.income.annualEstimate])).toEqual([
      [1, '', 24000],
      [2, '收入填错，按存折核实', 18000],
    ])
  })

  test('corrections do not count the visit again', async () => {
    const stats = monthStats(run, FIRST_VILLAGE, '2026-11')
    await ok(call('correctVisit', correction(1), 'demo-pairing'))
    await ok(call('correctVisit', correction(2), 'demo-pairing'))
    expect(monthStats(run, FIRST_VILLAGE, '2026-11')).toEqual(stats)
    expect(coverageDoc(run, H1, '2026-11').visits).toBe(1)
  })

  test('a correction made on a stale version is refused as a conflict; its resend is answered, not applied twice', async () => {
    const c = correction(1)
    await ok(call('correctVisit', c, 'demo-pairing'))
    expect(await ok(call('correctVisit', c, 'demo-pairing'))).toMatchObject({ version: 2, duplicate: true })
    expect((await fail(call('correctVisit', correction(1), 'demo-pairing'))).code).toBe('conflict')
    expect(run.cloud.db.count('visit_versions', { visitId })).toBe(2)
  })

  test('a correction needs a reason', async () => {
    expect((await fail(call('correctVisit', { ...correction(1), reason: ' ' }, 'demo-pairing'))).field).toBe(
      'reason',
    )
  })

  test('only the author or the village team may correct; a supervisor reviews instead', async () => {
    expect((await fail(call('correctVisit', correction(1), 'demo-township'))).code).toBe('permission-denied')
    await ok(call('correctVisit', correction(1), 'demo-secretary'))
  })

  test('a township leader returns a visit with a comment; the correction puts it back to submitted', async () => {
    await ok(
      call('reviewVisit', { visitId, kind: 'return', comment: '收入来源不完整，请补充' }, 'demo-township'),
    )
    let v = await ok<VisitDetail>(call('getVisit', { visitId }, 'demo-pairing'))
    expect(v.status).toBe('returned')
    expect(v.reviews).toEqual([
      expect.objectContaining({ kind: 'return', comment: '收入来源不完整，请补充' }),
    ])
    await ok(call('correctVisit', correction(1), 'demo-pairing'))
    v = await ok<VisitDetail>(call('getVisit', { visitId }, 'demo-pairing'))
    expect(v.status).toBe('submitted')
  })

  test('a leader of another township may not review the visit', async () => {
    expect(
      (await fail(call('reviewVisit', { visitId, kind: 'comment', comment: '好' }, 'demo-township-b'))).code,
    ).toBe('permission-denied')
  })

  test('the visit is visible to its village team and supervisors in scope, not to other villages', async () => {
    for (const who of ['demo-secretary', 'demo-village', 'demo-township', 'demo-supervisor', 'demo-admin'])
      await ok(call('getVisit', { visitId }, who))
    for (const who of ['demo-secretary-b', 'demo-supervisor-b', 'demo-township-b'])
      expect((await fail(call('getVisit', { visitId }, who))).code).toBe('permission-denied')
  })
})
