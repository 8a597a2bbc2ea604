import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { addPrefecture, COUNTY_B, PREFECTURE, TOWNSHIP_B } from '../../helpers/prefecture'
import { addPerson, COUNTY, fail, FIRST_TOWNSHIP, FIRST_VILLAGE, ok } from '../org/fixtures'
import type { CommandBody } from '../../../types/domain/command-body'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false })
  await addPrefecture(run)
})
afterAll(() => run.stop())

const countyPerson = (name: string) =>
  addPerson(run, { name, homeUnitId: COUNTY, roles: [{ role: 'supervisor', unitIds: [COUNTY] }] })
const add = (bodyId: string, personId: string, role: 'leader' | 'member', title?: string) =>
  ok<CommandBody>(
    run.call(
      'org',
      'addCommandMember',
      { bodyId, personId, role, fromDay: '2026-03-01', ...(title ? { title } : {}) },
      'demo-admin',
    ),
  )

describe('command bodies per level', () => {
  let county: CommandBody
  beforeAll(async () => {
    county = await ok<CommandBody>(
      run.call('org', 'createCommandBody', { unitId: COUNTY, name: '宛城区脱贫攻坚指挥部' }, 'demo-admin'),
    )
  })

  test('a county sets up its 指挥部 with two 指挥长 and members, a 市 cadre seconded here among them', async () => {
    expect(county).toMatchObject({
      kindLabel: '县级指挥部',
      cadence: '每季度向州/市报告',
      leaders: [],
      members: [],
    })
    const secretary = countyPerson('县委书记')
    const head = countyPerson('县长')
    const member = countyPerson('扶贫办主任')
    const city = addPerson(run, {
      name: '市派副县长',
      homeUnitId: PREFECTURE,
      roles: [{ role: 'supervisor', unitIds: [PREFECTURE] }],
    })
    // Outside the county's scope until the 州/市 seconds them here.
    expect(
      (
        await fail(
          run.call(
            'org',
            'addCommandMember',
            { bodyId: county.id, personId: city.id, role: 'member', fromDay: '2026-03-01' },
            'demo-admin',
          ),
        )
      ).code,
    ).toBe('permission-denied')
    await ok(
      run.call(
        'org',
        'postSecondment',
        {
          unitId: COUNTY,
          personId: city.id,
          position: '副县长',
          batch: '十百千',
          startDay: '2026-02-01',
          plannedEndDay: '2028-01-31',
        },
        'demo-pref-admin',
      ),
    )
    await add(county.id, secretary.id, 'leader', '双指挥长')
    await add(county.id, head.id, 'leader', '双指挥长')
    await add(county.id, member.id, 'member')
    const body = await add(county.id, city.id, 'member', '副指挥长')
    expect(body.leaders.map((m) => [m.personName, m.roleLabel, m.title])).toEqual([
      ['县委书记', '指挥长', '双指挥长'],
      ['县长', '指挥长', '双指挥长'],
    ])
    expect(body.members.map((m) => [m.personName, m.viaSecondment])).toEqual([
      ['扶贫办主任', false],
      ['市派副县长', true],
    ])
    const twice = await fail(
      run.call(
        'org',
        'addCommandMember',
        { bodyId: county.id, personId: member.id, role: 'member', fromDay: '2026-03-01' },
        'demo-admin',
      ),
    )
    expect(twice.message).toBe('扶贫办主任已是「宛城区脱贫攻坚指挥部」的在任成员')
  })

  test('two members added at the same moment both land', async () => {
    const a = countyPerson('同时甲')
    const b = countyPerson('同时乙')
    await Promise.all([add(county.id, a.id, 'member'), add(county.id, b.id, 'member')])
    const detail = await ok<CommandBody>(
      run.call('org', 'getCommandBody', { bodyId: county.id }, 'demo-admin'),
    )
    expect(detail.members.map((m) => m.personName)).toEqual(expect.arrayContaining(['同时甲', '同时乙']))
  })

  test('one body per unit: a second one is refused and nothing is written', async () => {
    const again = await fail(
      run.call('org', 'createCommandBody', { unitId: COUNTY, name: '另一个指挥部' }, 'demo-admin'),
    )
    expect(again).toMatchObject({ code: 'failed-precondition' })
    expect(run.cloud.db.find('command_bodies', { unitId: COUNTY })).toHaveLength(1)
  })

  test('a member who leaves stays in the history with their dates', async () => {
    const leaving = countyPerson('原成员')
    await add(county.id, leaving.id, 'member')
    const early = await fail(
      run.call(
        'org',
        'endCommandMember',
        { bodyId: county.id, personId: leaving.id, untilDay: '2026-02-01' },
        'demo-admin',
      ),
    )
    expect(early.message).toBe('退出日期不能早于加入日期 2026-03-01')
    await ok(
      run.call(
        'org',
        'endCommandMember',
        { bodyId: county.id, personId: leaving.id, untilDay: '2026-09-30' },
        'demo-admin',
      ),
    )
    const detail = await ok<CommandBody>(
      run.call('org', 'getCommandBody', { bodyId: county.id }, 'demo-supervisor'),
    )
    expect(detail.members.map((m) => m.personName)).not.toContain('原成员')
    expect(detail.history).toEqual([
      expect.objectContaining({ personName: '原成员', fromDay: '2026-03-01', untilDay: '2026-09-30' }),
    ])
    const audit = run.cloud.db.find('audit_log', { targetId: county.id }) as Array<{ action: string }>
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['createCommandBody', 'addCommandMember', 'endCommandMember']),
    )
  })

  test('drilling down: the 州/市 sees each county 指挥部, the county its township 工作站, the township its 作战室', async () => {
    await ok(
      run.call(
        'org',
        'createCommandBody',
        { unitId: PREFECTURE, name: '南阳市脱贫攻坚指挥部' },
        'demo-pref-admin',
      ),
    )
    await ok(
      run.call(
        'org',
        'createCommandBody',
        { unitId: COUNTY_B, name: '卧龙区脱贫攻坚指挥部' },
        'demo-admin-b',
      ),
    )
    await ok(
      run.call('org', 'createCommandBody', { unitId: FIRST_TOWNSHIP, name: '瓦店镇工作站' }, 'demo-admin'),
    )
    await ok(
      run.call('org', 'createCommandBody', { unitId: FIRST_VILLAGE, name: '村级作战室' }, 'demo-admin'),
    )
    const pref = await ok<{
      own: { kindLabel: string } | null
      children: Array<{ unitName: string; kindLabel: string }>
    }>(run.call('org', 'listCommandBodies', { unitId: PREFECTURE }, 'demo-pref-supervisor'))
    expect(pref.own?.kindLabel).toBe('州/市指挥部')
    expect(pref.children.map((c) => c.unitName).sort()).toEqual(['卧龙区', '宛城区'].sort())
    const town = await ok<{ own: { name: string } | null; children: Array<{ kindLabel: string }> }>(
      run.call('org', 'listCommandBodies', { unitId: FIRST_TOWNSHIP }, 'demo-township'),
    )
    expect(town.own?.name).toBe('瓦店镇工作站')
    expect(town.children.map((c) => c.kindLabel)).toEqual(['村级作战室'])
  })

  test('counties never see or edit each other’s bodies', async () => {
    const [b] = run.cloud.db.find('command_bodies', { unitId: COUNTY_B }) as Array<{ _id: string }>
    expect((await fail(run.call('org', 'getCommandBody', { bodyId: b._id }, 'demo-admin'))).code).toBe(
      'permission-denied',
    )
    expect(
      (await fail(run.call('org', 'renameCommandBody', { bodyId: county.id, name: '改名' }, 'demo-admin-b')))
        .code,
    ).toBe('permission-denied')
    expect(
      (
        await fail(
          run.call('org', 'createCommandBody', { unitId: TOWNSHIP_B, name: '七里园乡工作站' }, 'demo-admin'),
        )
      ).code,
    ).toBe('permission-denied')
    const renamed = await ok<CommandBody>(
      run.call('org', 'renameCommandBody', { bodyId: county.id, name: '宛城区乡村振兴指挥部' }, 'demo-admin'),
    )
    expect(renamed.name).toBe('宛城区乡村振兴指挥部')
  })
})
