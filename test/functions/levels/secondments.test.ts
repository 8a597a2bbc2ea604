import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { addPrefecture, COUNTY_B, PREFECTURE } from '../../helpers/prefecture'
import { addPerson, COUNTY, fail, FIRST_TOWNSHIP, FIRST_VILLAGE, ok } from '../org/fixtures'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false })
  await addPrefecture(run)
})
afterAll(() => run.stop())

const TERM = { batch: '第一批', startDay: '2026-03-01', plannedEndDay: '2028-02-28' }
const cityCadre = (name: string) =>
  addPerson(run, { name, homeUnitId: PREFECTURE, roles: [{ role: 'supervisor', unitIds: [PREFECTURE] }] })
const countyCadre = (name: string) =>
  addPerson(run, { name, homeUnitId: COUNTY, roles: [{ role: 'supervisor', unitIds: [COUNTY] }] })

describe('挂职 at county and town level', () => {
  test('a 州/市 admin seconds a city cadre as deputy county head; the county roster lists them and their roles stay', async () => {
    const cadre = cityCadre('市派挂职甲')
    const view = await ok<{ id: string; levelLabel: string; unitName: string }>(
      run.call(
        'org',
        'postSecondment',
        { unitId: COUNTY, personId: cadre.id, position: '副县长', ...TERM },
        'demo-pref-admin',
      ),
    )
    expect(view).toMatchObject({ levelLabel: '县级挂职', unitName: '宛城区' })
    const roster = await ok<{ active: Array<{ personName: string; position: string }> }>(
      run.call('org', 'listSecondments', { unitId: COUNTY }, 'demo-supervisor'),
    )
    expect(roster.active).toEqual([expect.objectContaining({ personName: '市派挂职甲', position: '副县长' })])
    const [person] = run.cloud.db.find('people', { _id: cadre.id }) as Array<{ roles: unknown }>
    expect(person.roles).toEqual([{ role: 'supervisor', unitIds: [PREFECTURE] }])
    // Not a village cadre: no presence record, no 工作队 posting.
    expect(run.cloud.db.find('postings', { personId: cadre.id })).toEqual([])
    const audit = run.cloud.db.find('audit_log', { targetId: view.id }) as Array<{ summary: string }>
    expect(audit.map((a) => a.summary)).toEqual([expect.stringContaining('挂职副县长')])
  })

  test('a county admin seconds a county cadre to a township; its leader sees them, the other county does not', async () => {
    const cadre = countyCadre('县派挂职乙')
    await ok(
      run.call(
        'org',
        'postSecondment',
        { unitId: FIRST_TOWNSHIP, personId: cadre.id, position: '副镇长', ...TERM },
        'demo-admin',
      ),
    )
    const town = await ok<{ active: Array<{ personName: string; levelLabel: string }> }>(
      run.call('org', 'listSecondments', { unitId: FIRST_TOWNSHIP }, 'demo-township'),
    )
    expect(town.active).toEqual([
      expect.objectContaining({ personName: '县派挂职乙', levelLabel: '乡镇级挂职' }),
    ])
    const pref = await ok<{ active: unknown[] }>(
      run.call('org', 'listSecondments', { unitId: PREFECTURE }, 'demo-pref-supervisor'),
    )
    expect(pref.active.length).toBeGreaterThanOrEqual(2)
    expect((await fail(run.call('org', 'listSecondments', { unitId: COUNTY }, 'demo-admin-b'))).code).toBe(
      'permission-denied',
    )
  })

  test('a village, a unit of another county or a person outside the scope is refused and nothing is written', async () => {
    const cadre = countyCadre('县派挂职丙')
    const village = await fail(
      run.call(
        'org',
        'postSecondment',
        { unitId: FIRST_VILLAGE, personId: cadre.id, position: '副镇长', ...TERM },
        'demo-admin',
      ),
    )
    expect(village).toMatchObject({ code: 'invalid-argument', message: '挂职单位须为区县或乡镇' })
    const other = await fail(
      run.call(
        'org',
        'postSecondment',
        { unitId: COUNTY_B, personId: cadre.id, position: '副区长', ...TERM },
        'demo-admin',
      ),
    )
    expect(other.code).toBe('permission-denied')
    const city = cityCadre('市派挂职丁')
    const person = await fail(
      run.call(
        'org',
        'postSecondment',
        { unitId: FIRST_TOWNSHIP, personId: city.id, position: '副镇长', ...TERM },
        'demo-admin',
      ),
    )
    expect(person.code).toBe('permission-denied')
    expect(run.cloud.db.find('secondments', { personId: cadre.id })).toEqual([])
    expect(run.cloud.db.find('secondments', { personId: city.id })).toEqual([])
  })

  test('posting again is the same 挂职, a second place is refused, and an ended term stays on the roster', async () => {
    const cadre = countyCadre('县派挂职戊')
    const input = { unitId: FIRST_TOWNSHIP, personId: cadre.id, position: '副镇长', ...TERM }
    const first = await ok<{ id: string }>(run.call('org', 'postSecondment', input, 'demo-admin'))
    const again = await ok<{ id: string }>(run.call('org', 'postSecondment', input, 'demo-admin'))
    expect(again.id).toBe(first.id)
    expect(run.cloud.db.find('audit_log', { targetId: first.id })).toHaveLength(1)
    const second = await fail(
      run.call('org', 'postSecondment', { ...input, unitId: COUNTY, position: '副县长' }, 'demo-admin'),
    )
    expect(second.message).toBe('县派挂职戊正在其他单位挂职，请先结束原挂职')
    const noReason = await fail(
      run.call(
        'org',
        'endSecondment',
        { secondmentId: first.id, endKind: 'recall', endDay: '2026-06-30' },
        'demo-admin',
      ),
    )
    expect(noReason.message).toBe('请选择召回调整的原因类别')
    const ended = await ok<{ endLabel: string; status: string }>(
      run.call(
        'org',
        'endSecondment',
        {
          secondmentId: first.id,
          endKind: 'recall',
          recallReason: 'post_changed',
          note: '调任县直部门',
          endDay: '2026-06-30',
        },
        'demo-admin',
      ),
    )
    expect(ended).toMatchObject({ status: 'ended', endLabel: '召回调整（岗位变化）' })
    const roster = await ok<{ active: Array<{ id: string }>; ended: Array<{ id: string }> }>(
      run.call('org', 'listSecondments', { unitId: FIRST_TOWNSHIP }, 'demo-admin'),
    )
    expect(roster.active.map((s) => s.id)).not.toContain(first.id)
    expect(roster.ended.map((s) => s.id)).toContain(first.id)
  })
})
