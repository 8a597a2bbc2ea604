import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { addPrefecture, COUNTY_B, PREFECTURE } from '../../helpers/prefecture'
import { addPerson, COUNTY, FIRST_TOWNSHIP, ok, fail, uploadImport } from '../org/fixtures'
import { xlsx } from './files'
import type { ImportReport } from '../../../types/api/imports'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false })
  await addPrefecture(run)
  // Another 州/市 beside 南阳市: its admin's units are out of reach.
  const at = new Date('2026-01-05T01:00:00.000Z')
  run.cloud.db.insertMany('org_units', [
    {
      _id: 'u-4104',
      code: '4104',
      name: '平顶山市',
      level: 'prefecture',
      parentId: null,
      path: ['u-4104'],
      createdAt: at,
      updatedAt: at,
    },
  ])
})
afterAll(() => run.stop())

const CITY_PHONE = '13700001001'
const TOWN_PHONE = '13700001002'
const VILLAGE_PHONE = '13700001003'
const TERM = { 期次: '十百千第一批', 到任日期: '2026-03-01', 计划期满日: '2028-02-28' }

const prefectureFile = () =>
  xlsx([
    {
      name: '组织',
      kind: 'units',
      rows: [
        { 层级: '区县', 编码: '411321', 名称: '南召县', 上级编码: '4113' },
        { 层级: '乡镇', 编码: '411321100', 名称: '城关镇', 上级编码: '411321' },
        {
          层级: '村',
          编码: '411321100200',
          名称: '北关村',
          上级编码: '411321100',
          纬度: '33.49',
          经度: '112.43',
        },
      ],
    },
    {
      name: '人员',
      kind: 'people',
      rows: [
        {
          姓名: '市派干部甲',
          手机号: CITY_PHONE,
          所属单位编码: '4113',
          角色: '督查组',
          负责单位编码: '411321',
        },
        {
          姓名: '县派干部乙',
          手机号: TOWN_PHONE,
          所属单位编码: '411321',
          角色: '乡镇领导',
          负责单位编码: '411321100',
        },
        {
          姓名: '第一书记丙',
          手机号: VILLAGE_PHONE,
          所属单位编码: '411321100200',
          角色: '驻村干部',
          岗位: '第一书记',
        },
      ],
    },
    {
      name: '挂职',
      kind: 'secondments',
      rows: [
        { 姓名: '市派干部甲', 手机号: CITY_PHONE, 挂职单位编码: '411321', 挂任职务: '副县长', ...TERM },
        {
          姓名: '县派干部乙',
          手机号: TOWN_PHONE,
          挂职单位编码: '411321100',
          挂任职务: '副镇长',
          ...TERM,
          到任日期: '2026/3/1',
        },
      ],
    },
  ])

type RunOut = { report: ImportReport; written: number }

describe('imports by a 州/市 admin: units and people of every level', () => {
  test('one workbook creates a county, its township and village, cadres of three levels and their 挂职', async () => {
    const fileID = uploadImport(run, '南召县.xlsx', await prefectureFile(), 'demo-pref-admin')
    const res = await ok<RunOut>(run.call('imports', 'runImport', { fileID }, 'demo-pref-admin'))
    expect(res.report.issues).toEqual([])
    expect(res.report.counts.find((c) => c.kind === 'secondments')).toMatchObject({
      label: '挂职',
      rows: 2,
      create: 2,
    })
    const [county] = run.cloud.db.find('org_units', { code: '411321' }) as Array<{ path: string[] }>
    expect(county.path).toEqual([PREFECTURE, 'u-411321'])
    const people = run.cloud.db.find('people', {
      homeUnitId: { $in: [PREFECTURE, 'u-411321', 'u-411321100200'] },
    }) as Array<{ name: string; homeUnitId: string }>
    expect(
      people
        .filter((p) => ['市派干部甲', '县派干部乙', '第一书记丙'].includes(p.name))
        .map((p) => p.homeUnitId)
        .sort(),
    ).toEqual([PREFECTURE, 'u-411321', 'u-411321100200'].sort())
    const roster = await ok<{
      active: Array<{ personName: string; unitName: string; position: string; startDay: string }>
    }>(run.call('org', 'listSecondments', { unitId: 'u-411321' }, 'demo-pref-supervisor'))
    expect(roster.active.map((s) => [s.personName, s.unitName, s.position, s.startDay]).sort()).toEqual([
      ['县派干部乙', '城关镇', '副镇长', '2026-03-01'],
      ['市派干部甲', '南召县', '副县长', '2026-03-01'],
    ])
  })

  test('importing the same workbook again changes nothing', async () => {
    const fileID = uploadImport(run, '南召县.xlsx', await prefectureFile(), 'demo-pref-admin')
    const res = await ok<RunOut>(run.call('imports', 'runImport', { fileID }, 'demo-pref-admin'))
    expect(res.written).toBe(0)
    expect(res.report.counts.find((c) => c.kind === 'secondments')).toMatchObject({
      create: 0,
      update: 0,
      unchanged: 2,
    })
    expect(run.cloud.db.find('secondments', { unitPath: 'u-411321' })).toHaveLength(2)
  })

  test('a 州/市 admin cannot add a county under another 州/市', async () => {
    const file = await xlsx([
      {
        name: '组织',
        kind: 'units',
        rows: [{ 层级: '区县', 编码: '410421', 名称: '宝丰县', 上级编码: '4104' }],
      },
    ])
    const fileID = uploadImport(run, 'units.xlsx', file, 'demo-pref-admin')
    const report = await ok<ImportReport>(
      run.call('imports', 'validateImport', { fileID }, 'demo-pref-admin'),
    )
    expect(report.issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [2, '上级编码', '上级单位不在您的管辖范围内'],
    ])
  })
})

describe('a county admin’s 挂职 sheet', () => {
  test('every row outside the county, of unknown people or with a bad term gets a Chinese reason, and nothing is written', async () => {
    const city = addPerson(run, {
      name: '市里干部',
      homeUnitId: PREFECTURE,
      roles: [{ role: 'supervisor', unitIds: [PREFECTURE] }],
    })
    const local = addPerson(run, {
      name: '本县干部',
      homeUnitId: COUNTY,
      roles: [{ role: 'supervisor', unitIds: [COUNTY] }],
    })
    const file = await xlsx([
      {
        name: '组织',
        kind: 'units',
        rows: [{ 层级: '区县', 编码: '411399', 名称: '新县', 上级编码: '4113' }],
      },
      {
        name: '挂职',
        kind: 'secondments',
        rows: [
          {
            姓名: '本县干部',
            手机号: local.phone,
            挂职单位编码: COUNTY_B.slice(2),
            挂任职务: '副区长',
            ...TERM,
          },
          {
            姓名: '本县干部',
            手机号: local.phone,
            挂职单位编码: '411302100200',
            挂任职务: '副镇长',
            ...TERM,
          },
          {
            姓名: '市里干部',
            手机号: city.phone,
            挂职单位编码: FIRST_TOWNSHIP.slice(2),
            挂任职务: '副镇长',
            ...TERM,
          },
          {
            姓名: '别人',
            手机号: local.phone,
            挂职单位编码: FIRST_TOWNSHIP.slice(2),
            挂任职务: '副镇长',
            ...TERM,
          },
          {
            姓名: '查无此人',
            手机号: '13700009999',
            挂职单位编码: FIRST_TOWNSHIP.slice(2),
            挂任职务: '副镇长',
            ...TERM,
          },
          {
            姓名: '本县干部',
            手机号: local.phone,
            挂职单位编码: FIRST_TOWNSHIP.slice(2),
            挂任职务: '副镇长',
            ...TERM,
            计划期满日: '2026-02-01',
          },
          {
            姓名: '本县干部',
            手机号: local.phone,
            挂职单位编码: FIRST_TOWNSHIP.slice(2),
            挂任职务: '副镇长',
            ...TERM,
            到任日期: '三月一日',
          },
        ],
      },
    ])
    const fileID = uploadImport(run, 'guazhi.xlsx', file, 'demo-admin')
    const report = await ok<ImportReport>(run.call('imports', 'validateImport', { fileID }, 'demo-admin'))
    expect(report.issues.map((i) => [i.sheet, i.row, i.column, i.reason])).toEqual([
      ['组织', 2, '上级编码', '上级单位不在您的管辖范围内'],
      ['挂职', 2, '挂职单位编码', '该单位不在您的管辖范围内'],
      ['挂职', 3, '挂职单位编码', '单位编码 411302100200 不存在或不是区县、乡镇'],
      ['挂职', 4, '手机号', '该人员不在您的管辖范围内'],
      ['挂职', 5, '姓名', '该手机号的人员姓名是「本县干部」'],
      ['挂职', 6, '手机号', '手机号 13700009999 的人员不存在（须已导入，或在本文件“人员”表中且无误）'],
      ['挂职', 7, '计划期满日', '计划期满日须晚于到任日期'],
      ['挂职', 8, '到任日期', '「三月一日」不是有效日期，应为 YYYY-MM-DD（请把该列设为文本格式）'],
    ])
    const refused = await fail(run.call('imports', 'runImport', { fileID }, 'demo-admin'))
    expect(refused.code).toBe('failed-precondition')
    expect(run.cloud.db.find('secondments', { personId: local.id })).toEqual([])
    expect(run.cloud.db.find('secondments', { personId: city.id })).toEqual([])
    expect(run.cloud.db.find('org_units', { code: '411399' })).toEqual([])
  })
})
