import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { SettingsView } from '../../../types/api/org-settings'
import { addPrefecture, PREFECTURE } from '../../helpers/prefecture'
import { COUNTY, fail, ok } from './fixtures'

let run: RunningCloud
beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: '2026-11-20T01:00:00.000Z' })
  await addPrefecture(run)
})
afterEach(() => run.stop())

const settings = (openid: string) => ok<SettingsView>(run.call('org', 'getSettings', {}, openid))
const update = (input: unknown, openid: string) => run.callRaw('org', 'updateSettings', input, openid)
const strictPresence = { requiredDays: 22, checkInsPerDay: 1, photoRequired: false }

describe('rules that a 州/市 sets and its counties inherit', () => {
  test('a 州/市 admin sets its rule (stricter than the default only with a reason) and its counties inherit it, marked 州/市规则', async () => {
    const refused = await fail(update({ section: 'presence', values: strictPresence }, 'demo-pref-admin'))
    expect(refused.message).toContain('从严设置须写明理由')
    const pref = await ok<SettingsView>(
      update(
        { section: 'presence', values: strictPresence, reason: '州委要求驻村不少于 22 天' },
        'demo-pref-admin',
      ),
    )
    expect(pref).toMatchObject({
      countyId: PREFECTURE,
      level: 'prefecture',
      presence: {
        values: strictPresence,
        source: 'prefecture',
        strict: true,
        baseline: { source: 'default' },
      },
    })
    const county = await settings('demo-admin')
    expect(county.presence).toMatchObject({
      values: strictPresence,
      source: 'prefecture',
      sourceLabel: '州/市规则',
      reason: '州委要求驻村不少于 22 天',
      strict: false,
      baseline: { values: strictPresence, source: 'prefecture', sourceLabel: '州/市规则' },
    })
    // The rule applies where cadres work: the village team's check-in card in either county.
    const policy = await ok<{ requiredDays: number }>(
      run.call('presence', 'getPolicy', {}, 'demo-secretary-c'),
    )
    expect(policy.requiredDays).toBe(22)
    const sections = await settings('demo-admin-b')
    expect(sections.reminders.source).toBe('default')
    expect(sections.countyId).toBe('u-411303')
  })

  test('a county stricter than its 州/市 needs its own reason; the same as the 州/市 needs none', async () => {
    await ok(update({ section: 'presence', values: strictPresence, reason: '州委要求' }, 'demo-pref-admin'))
    const photo = { ...strictPresence, photoRequired: true }
    const refused = await fail(update({ section: 'presence', values: photo }, 'demo-admin'))
    expect(refused.message).toContain('照片')
    expect(run.cloud.db.find('presence_policies', { _id: COUNTY })).toEqual([])
    const saved = await ok<SettingsView>(
      update({ section: 'presence', values: photo, reason: '本县试点现场照片' }, 'demo-admin'),
    )
    expect(saved.presence).toMatchObject({
      values: photo,
      source: 'county',
      sourceLabel: '本县设置',
      strict: true,
      reason: '本县试点现场照片',
      baseline: { values: strictPresence, source: 'prefecture' },
    })
    // Back to the 州/市's values: stricter than the default, but not than the baseline, so no reason is kept.
    const same = await ok<SettingsView>(update({ section: 'presence', values: strictPresence }, 'demo-admin'))
    expect(same.presence).toMatchObject({
      values: strictPresence,
      source: 'county',
      strict: false,
      reason: null,
    })
  })

  test('a county admin cannot change the 州/市 rule; the 州/市 admin sees its own settings, not a county’s', async () => {
    const county = await settings('demo-admin')
    expect(county.level).toBe('county')
    expect(county.countyId).toBe(COUNTY)
    const pref = await settings('demo-pref-admin')
    expect(pref.countyId).toBe(PREFECTURE)
    await ok(update({ section: 'reminders', values: { presenceDaily: false } }, 'demo-admin'))
    expect((await settings('demo-pref-admin')).reminders.source).toBe('default')
  })
})
