import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { MeasureView } from '../../../types/api/visit-measures'
import { addPerson, fail, ok, personIdOf } from '../org/fixtures'
import { H1, NOW } from './helpers'

let run: RunningCloud
let pairing: string
const measure = (over: Record<string, unknown> = {}) => ({
  type: 'employment',
  responsibleId: pairing,
  startDay: '2026-11-20',
  plannedDay: '2026-12-31',
  note: '推荐到县城物流园务工',
  ...over,
})
const add = (openid: string, over: Record<string, unknown> = {}, householdId = H1) =>
  run.cloud.call('visit', 'addMeasure', { householdId, measure: measure(over) }, openid)
const stored = () => run.cloud.db.find('household_measures', {})
const inbox = (personId: string) =>
  run.cloud.db.find('inbox', { personId }) as Array<{ kind?: string; title: string; link: string }>

beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
  pairing = personIdOf(run, 'demo-pairing')
})
afterAll(() => run.stop())

describe('帮扶措施 of a household', () => {
  test('the village team adds a measure; it starts 计划中 and shows on the household', async () => {
    const { measure: m } = await ok<{ measure: MeasureView }>(add('demo-secretary'))
    expect(m).toMatchObject({
      type: 'employment',
      typeLabel: '就业帮扶',
      status: 'planned',
      statusLabel: '计划中',
      responsibleName: expect.any(String),
      behind: false,
    })
    const list = await ok<{ measures: MeasureView[]; mayManage: boolean }>(
      run.cloud.call('visit', 'listMeasures', { householdId: H1 }, 'demo-pairing'),
    )
    expect(list.measures.map((x) => x.id)).toContain(m.id)
    expect(list.mayManage).toBe(true)
  })

  test('the responsible person is told in their inbox, with a link to the household', async () => {
    const before = inbox(pairing).length
    await ok(add('demo-secretary', { type: 'public_post' }))
    const told = inbox(pairing)
    expect(told.length).toBe(before + 1)
    expect(told[told.length - 1]).toMatchObject({
      title: '您是新的帮扶措施责任人：公益岗位',
      link: `/packages/visit/pages/household/index?id=${H1}`,
    })
  })

  test('status moves forward only, and 已落实 needs a written account', async () => {
    const { measure: m } = await ok<{ measure: MeasureView }>(add('demo-secretary'))
    const move = (status: string, note = '', openid = 'demo-pairing') =>
      run.cloud.call('visit', 'updateMeasureStatus', { measureId: m.id, status, note }, openid)
    expect((await ok<{ measure: MeasureView }>(move('in_progress'))).measure.status).toBe('in_progress')
    expect((await fail(move('planned'))).message).toBe('措施状态不能从「实施中」退回「计划中」')
    const noNote = await fail(move('done'))
    expect(noNote).toMatchObject({ code: 'invalid-argument', message: '标记已落实时请写明落实情况' })
    const done = await ok<{ measure: MeasureView }>(move('done', '已在物流园上岗，月工资 3200 元'))
    expect(done.measure).toMatchObject({ status: 'done', statusLabel: '已落实' })
    const doc = stored().find((d) => d._id === m.id) as { history: Array<{ status: string }> }
    expect(doc.history.map((x) => x.status)).toEqual(['planned', 'in_progress', 'done'])
  })

  test('a responsible person whose roles cover only another township is refused and nothing is stored', async () => {
    const far = addPerson(run, {
      homeUnitId: 'u-411302101',
      roles: [{ role: 'township_leader', unitIds: ['u-411302101'] }],
    })
    const before = stored().length
    const err = await fail(add('demo-secretary', { responsibleId: far.id }))
    expect(err).toMatchObject({ code: 'invalid-argument', message: '责任人须是本村或其上级乡镇、区县的干部' })
    expect(stored().length).toBe(before)
  })

  test('a cadre of another township may neither add nor list this household’s measures', async () => {
    const before = stored().length
    expect((await fail(add('demo-secretary-b'))).code).toBe('permission-denied')
    const list = run.cloud.call('visit', 'listMeasures', { householdId: H1 }, 'demo-secretary-b')
    expect((await fail(list)).code).toBe('permission-denied')
    expect(stored().length).toBe(before)
  })

  test('bad input gets a Chinese error and changes nothing', async () => {
    const before = stored().length
    const backwards = await fail(add('demo-secretary', { startDay: '2026-12-01', plannedDay: '2026-11-01' }))
    expect(backwards.code).toBe('invalid-argument')
    expect(backwards.message).toContain('计划完成日期不能早于开始日期')
    const badType = await fail(add('demo-secretary', { type: 'lottery' }))
    expect(badType.code).toBe('invalid-argument')
    const badDay = await fail(add('demo-secretary', { startDay: '2026-02-30' }))
    expect(badDay.code).toBe('invalid-argument')
    const long = await fail(add('demo-secretary', { note: '长'.repeat(201) }))
    expect(long.message).toContain('说明不超过 200 字')
    expect(stored().length).toBe(before)
  })
})
