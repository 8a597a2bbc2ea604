import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { FIRST_VILLAGE, fail, ok, personIdOf } from '../org/fixtures'
import type { CaseDetail } from '../../../types/api/monitor-schemas'
import {
  AFTER_WINDOW,
  IN_WINDOW,
  NOW,
  applyAtVillage,
  callAt,
  decide,
  freshHousehold,
  household,
} from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
}, 120_000)
afterAll(() => run.stop())

const getCase = (caseId: string, openid: string, now?: string) =>
  ok<CaseDetail>(callAt(run, 'monitor', 'getCase', { caseId }, openid, now))

function storedCase(id: string): Record<string, unknown> {
  const [doc] = run.cloud.db.find('monitor_cases', { _id: id })
  return doc
}

/** Takes an application through the village review and its 公示 to the township. */
async function throughVillage(caseId: string): Promise<CaseDetail> {
  await decide(run, 'demo-village', caseId, { monitorType: 'sudden' })
  return decide(run, 'demo-village', caseId, {}, AFTER_WINDOW)
}

jest.setTimeout(60_000)

describe('识别纳入: 村级评议 with its 公示 → 乡镇审核 → 县级确认 → 纳入', () => {
  test('an application taken at the village ends with the household a 监测对象 of the type the village gave', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-pairing', h._id)
    const started = await getCase(caseId, 'demo-village')
    expect(started).toMatchObject({ step: 'candidate', source: 'self', stepDueDay: '2026-12-14' })
    expect(started.income).toMatchObject({ line: 7500, position: 'below', needsReason: false })

    const reviewed = await decide(run, 'demo-village', caseId, {
      monitorType: 'edge',
      risks: ['illness', 'labour_shortage'],
    })
    expect(reviewed).toMatchObject({ step: 'village_review', monitorType: 'edge' })
    expect(reviewed.notice).toMatchObject({
      startDay: '2026-12-08',
      endDay: '2026-12-12',
      open: true,
      objections: 0,
    })
    const [notice] = run.cloud.db.find('public_notices', { _id: reviewed.notice?.noticeId })
    expect(notice).toMatchObject({
      category: 'monitor_inclusion',
      unitId: FIRST_VILLAGE,
      status: 'published',
    })
    // The public notice names the household masked, never in full.
    expect(String(notice.body)).toContain(String(storedCase(caseId).headName))

    const early = await fail(
      callAt(
        run,
        'monitor',
        'decideStep',
        { caseId, outcome: 'pass', note: '无异议' },
        'demo-village',
        IN_WINDOW,
      ),
    )
    expect(early).toMatchObject({
      code: 'failed-precondition',
      message: '公示期至 2026-12-12，期满后方可确认评议结果',
    })
    expect(storedCase(caseId).step).toBe('village_review')

    const toTownship = await decide(run, 'demo-village', caseId, {}, AFTER_WINDOW)
    expect(toTownship).toMatchObject({ step: 'township_review', stepDueDay: '2026-12-19' })
    const toCounty = await decide(run, 'demo-township', caseId, {}, AFTER_WINDOW)
    expect(toCounty).toMatchObject({ step: 'county_confirm' })
    const done = await decide(run, 'demo-admin', caseId, {}, AFTER_WINDOW)
    expect(done).toMatchObject({ step: 'done', action: null })
    expect(household(run, h._id)).toMatchObject({ kind: 'monitored', monitorType: 'edge' })
    // The village's households by kind (coverage per kind) follow the 纳入 at once.
    const [stats] = run.cloud.db.find('stats_village', { _id: FIRST_VILLAGE }) as Array<{
      householdsByKind: Record<string, number>
    }>
    expect(stats.householdsByKind.monitored).toBe(
      run.cloud.db.count('households', { villageId: FIRST_VILLAGE, kind: 'monitored' }),
    )
    expect(done.history.map((r) => [r.stepLabel, r.outcomeLabel])).toEqual([
      ['发起', '发起'],
      ['村级评议', '通过'],
      ['公示期满确认', '通过'],
      ['乡镇审核', '通过'],
      ['县级确认', '通过'],
    ])
  })

  test("a villager's objection during the 公示 is visible to the deciders on the case", async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-pairing', h._id)
    const reviewed = await decide(run, 'demo-village', caseId, { monitorType: 'edge' })
    const noticeId = reviewed.notice?.noticeId ?? ''
    await ok(
      callAt(
        run,
        'notice',
        'submitObjection',
        { noticeId, text: '该户家中有两辆小汽车，不符合条件' },
        'villager-mon-1',
        IN_WINDOW,
      ),
    )
    const seen = await getCase(caseId, 'demo-township', IN_WINDOW)
    expect(seen.notice).toMatchObject({ objections: 1, open: true })
    const objections = await ok<{ items: Array<{ text: string }> }>(
      callAt(run, 'notice', 'listObjections', { noticeId }, 'demo-village', IN_WINDOW),
    )
    expect(objections.items.map((o) => o.text)).toEqual(['该户家中有两辆小汽车，不符合条件'])
  })

  test('each step is decided only by its own role and scope', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-pairing', h._id)
    const pass = (openid: string, now?: string) =>
      fail(
        callAt(
          run,
          'monitor',
          'decideStep',
          { caseId, outcome: 'pass', note: '同意', monitorType: 'edge' },
          openid,
          now,
        ),
      )
    expect(await pass('demo-township')).toMatchObject({
      code: 'permission-denied',
      message: '该环节由村级评议（驻村干部或村干部）',
    })
    expect(await pass('demo-admin')).toMatchObject({ code: 'permission-denied' })
    // Another township's cadres are out of scope.
    expect(await pass('demo-township-b')).toMatchObject({
      code: 'permission-denied',
      message: '该对象不在您的管辖范围内',
    })
    expect(await pass('demo-secretary-b')).toMatchObject({ code: 'permission-denied' })
    await throughVillage(caseId)
    const township = (openid: string) =>
      fail(
        callAt(run, 'monitor', 'decideStep', { caseId, outcome: 'pass', note: '同意' }, openid, AFTER_WINDOW),
      )
    expect(await township('demo-village')).toMatchObject({
      code: 'permission-denied',
      message: '该环节由乡镇审核',
    })
    expect(await township('demo-admin')).toMatchObject({
      code: 'permission-denied',
      message: '该环节由乡镇审核',
    })
    expect(await township('demo-supervisor')).toMatchObject({ code: 'permission-denied' })
    await decide(run, 'demo-township', caseId, {}, AFTER_WINDOW)
    expect(await township('demo-township')).toMatchObject({
      code: 'permission-denied',
      message: '该环节由县级确认',
    })
    expect(storedCase(caseId).step).toBe('county_confirm')
  })

  test('the starter of a case decides none of its steps', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-village', h._id)
    const err = await fail(
      run.call(
        'monitor',
        'decideStep',
        { caseId, outcome: 'pass', note: '同意', monitorType: 'edge' },
        'demo-village',
      ),
    )
    expect(err).toMatchObject({
      code: 'permission-denied',
      message: '不能审批与本人有关的事项（防返贫监测事项）',
    })
    expect((await getCase(caseId, 'demo-village')).action).toMatchObject({
      allowed: false,
      why: '与本人有关的事项须回避',
    })
    // Another cadre of the village may.
    expect(await decide(run, 'demo-secretary', caseId, { monitorType: 'edge' })).toMatchObject({
      step: 'village_review',
    })
  })

  test('a rejection at the township ends the case with its reason and leaves the household as it was', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-pairing', h._id)
    await throughVillage(caseId)
    const rejected = await ok<CaseDetail>(
      callAt(
        run,
        'monitor',
        'decideStep',
        { caseId, outcome: 'reject', note: '经入户核查，家庭收入稳定' },
        'demo-township',
        AFTER_WINDOW,
      ),
    )
    expect(rejected).toMatchObject({ step: 'rejected', stepDueDay: null, action: null })
    expect(rejected.history.at(-1)).toMatchObject({
      stepLabel: '乡镇审核',
      outcomeLabel: '不通过',
      note: '经入户核查，家庭收入稳定',
    })
    expect(household(run, h._id).kind).toBe('lifted')
    const again = await fail(
      callAt(
        run,
        'monitor',
        'decideStep',
        { caseId, outcome: 'pass', note: '同意' },
        'demo-admin',
        AFTER_WINDOW,
      ),
    )
    expect(again).toMatchObject({ code: 'failed-precondition', message: '该事项已办结' })
    // A rejected case is no longer open: the household may apply again.
    await expect(applyAtVillage(run, 'demo-pairing', h._id)).resolves.toMatch(/^mc-/)
  })

  test('two cadres passing the same review at once: one decides, the other is told, one 公示 stands', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-pairing', h._id)
    const publishedMonitoring = () =>
      run.cloud.db.find('public_notices', { category: 'monitor_inclusion', status: 'published' })
    const before = publishedMonitoring().length
    const input = { caseId, outcome: 'pass', note: '同意', monitorType: 'edge' } as const
    const answers = (await Promise.all([
      run.call('monitor', 'decideStep', input, 'demo-village'),
      run.call('monitor', 'decideStep', input, 'demo-secretary'),
    ])) as Array<{ ok: boolean; error?: { code: string } }>
    expect(answers.filter((a) => a.ok)).toHaveLength(1)
    expect(answers.find((a) => !a.ok)?.error?.code).toMatch(/failed-precondition|conflict/)
    const doc = storedCase(caseId)
    expect((doc.history as unknown[]).length).toBe(2)
    // The loser's 公示 was withdrawn: one more published monitoring notice, the case's own.
    expect(publishedMonitoring().length).toBe(before + 1)
    expect(publishedMonitoring().map((n) => n._id)).toContain(doc.noticeId)
  })

  test('a household with an open case cannot start a second one', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    await applyAtVillage(run, 'demo-pairing', h._id)
    const err = await fail(
      run.call(
        'monitor',
        'recordApplication',
        { householdId: h._id, risks: ['illness'], note: '再次申报' },
        'demo-village',
      ),
    )
    expect(err).toMatchObject({ code: 'failed-precondition', message: '该户已有办理中的识别纳入事项' })
  })

  test('the starter, the pairing cadres and the village cadres are told of each step', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const caseId = await applyAtVillage(run, 'demo-pairing', h._id)
    await decide(run, 'demo-village', caseId, { monitorType: 'edge' })
    const inboxOf = (openid: string) =>
      run.cloud.db
        .find('inbox', { personId: personIdOf(run, openid), refId: caseId })
        .map((d) => String(d.title))
    expect(inboxOf('demo-pairing')).toEqual(
      expect.arrayContaining([expect.stringContaining('识别纳入村级评议已通过')]),
    )
    expect(inboxOf('demo-secretary')).toEqual(
      expect.arrayContaining([
        expect.stringContaining('识别纳入待评议'),
        expect.stringContaining('村级评议已通过'),
      ]),
    )
    // The one who acted is not told of their own act.
    expect(inboxOf('demo-village').filter((t) => t.includes('村级评议已通过'))).toEqual([])
    for (const p of h.pairingCadreIds)
      expect(run.cloud.db.find('inbox', { personId: p, refId: caseId }).length).toBeGreaterThan(0)
  })
})
