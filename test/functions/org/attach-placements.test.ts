import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { addPrefecture, PREFECTURE } from '../../helpers/prefecture'
import type { Placement } from '../../../types/api/org-levels'
import { COUNTY, ok } from './fixtures'

type Placements = { prefectures: Array<{ id: string; name: string }>; counties: Placement[] }

const list = (run: RunningCloud, openid: string) =>
  ok<Placements>(run.call('org', 'listPlacements', {}, openid))
const brief = (p: Placements) =>
  p.counties.map((c) => [c.name, c.prefectureName, c.state, c.pending.join(',')])

describe('the attach page’s state of each county (org.listPlacements)', () => {
  let run: RunningCloud
  beforeEach(async () => {
    run = await startLocalCloud({ http: false })
  })
  afterEach(() => run.stop())

  test('an interrupted attach shows the parts still to run; running them records each as done', async () => {
    await addPrefecture(run, { stopAfter: 1, batch: 50 })
    const first = await list(run, 'demo-pref-admin')
    expect(first.prefectures).toEqual([{ id: PREFECTURE, name: '南阳市' }])
    // 卧龙区 was made beneath the 州/市 directly (no re-path recorded); 宛城区 stopped after one batch.
    expect(brief(first)).toEqual([
      ['宛城区', '南阳市', 'working', 'org,visit,notice,feedback'],
      ['卧龙区', '南阳市', 'unrecorded', ''],
    ])
    for (;;) {
      const res = await ok<{ done: boolean }>(
        run.call('org', 'attachCounty', { countyId: COUNTY, prefectureId: PREFECTURE }, 'demo-pref-admin'),
      )
      if (res.done) break
    }
    expect(brief(await list(run, 'demo-pref-admin'))[0]).toEqual([
      '宛城区',
      '南阳市',
      'working',
      'visit,notice,feedback',
    ])
    for (const fn of ['visit', 'notice', 'feedback'] as const)
      for (;;) {
        const res = await ok<{ done: boolean }>(
          run.call(fn, 'repathRecords', { countyId: COUNTY }, 'demo-pref-admin'),
        )
        if (res.done) break
      }
    const done = (await list(run, 'demo-pref-admin')).counties[0]
    expect([done.state, done.stateLabel, done.pending]).toEqual(['done', '已归入，路径补全已完成', []])
  })

  test('a county admin sees their own county as placeable only while it sits under no 州/市', async () => {
    const before = await list(run, 'demo-admin')
    expect(before.prefectures).toEqual([])
    expect(brief(before)).toEqual([['宛城区', null, 'unplaced', 'org,visit,notice,feedback']])
    await addPrefecture(run)
    // Now under a 州/市 the county admin does not administer: nothing to place.
    expect((await list(run, 'demo-admin')).counties).toEqual([])
    // The other county's admin never sees the demo county.
    expect(brief(await list(run, 'demo-admin-b'))).toEqual([])
  })
})
