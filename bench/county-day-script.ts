// One ordinary working day of a county, as calls its people make: everyone with the app opens it,
// resident cadres check in, pairing cadres visit a share of their households, the people responsible
// work rectification items, leaders open dashboards, villagers read 公示, and the timers run.
import { randomUUID } from 'node:crypto'
import type { LocalCloud } from '../emulator/local-cloud'
import { blankForm } from '../types/domain/visit-form'

export interface DayCall {
  fn: string
  action: string
  openid: string
  /** Built when the call is made (at the day's pinned clock), so it sees what earlier calls wrote. */
  input: (now: Date) => unknown
  /** Minutes after 08:00 in Shanghai. */
  at: number
}

type Row = Record<string, unknown>
const WORKING_DAYS_PER_MONTH = 22

function rolesOf(p: Row): string[] {
  return ((p.roles as Array<{ role: string }> | undefined) ?? []).map((r) => r.role)
}

/** A deterministic pseudo-random sequence, so two runs make the same day. */
function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export function countyDay(cloud: LocalCloud): DayCall[] {
  const rnd = prng(20261124)
  const people = cloud.db.find('people', { status: 'active', openid: { $type: 'string', $ne: '' } })
  const units = new Map(cloud.db.find('org_units', {}).map((u) => [String(u._id), u]))
  const calls: DayCall[] = []
  const add = (
    fn: string,
    action: string,
    openid: string,
    input: (now: Date) => unknown,
    at = Math.floor(rnd() * 600),
  ) => calls.push({ fn, action, openid, input, at })
  const who = (role: string) => people.filter((p) => rolesOf(p).includes(role))

  // Everyone with the app opens it once: the home tab loads the workbench (with the unread badge and
  // the check-in rules); half of them come back to the tab later, which refreshes the badge.
  for (const p of people) {
    add('org', 'getWorkbench', String(p.openid), () => ({}))
    if (rnd() < 0.5) add('notice', 'getUnreadCount', String(p.openid), () => ({}))
  }
  // Resident cadres record their presence once, at their village.
  for (const p of who('resident_cadre')) {
    const village = units.get(String(p.homeUnitId))
    const c = (village?.center as { coordinates: [number, number] } | undefined)?.coordinates
    if (!c) continue
    add(
      'presence',
      'checkIn',
      String(p.openid),
      (now) => ({
        clientId: randomUUID(),
        lat: c[1],
        lng: c[0],
        accuracy: 20,
        coordType: 'wgs84',
        capturedAt: now.toISOString(),
        deviceId: `day-${String(p._id)}`,
      }),
      Math.floor(rnd() * 120),
    )
  }
  // A month's visits spread over its working days: each opens the household, then submits.
  const households = cloud.db.find('households', { status: { $ne: 'removed' } }, { sort: { _id: 1 } })
  const byOpenid = new Map(people.map((p) => [String(p._id), String(p.openid)]))
  const visits = Math.round(households.length / WORKING_DAYS_PER_MONTH)
  for (let i = 0; i < visits; i++) {
    const h = households[Math.floor(rnd() * households.length)]
    const openid = ((h.pairingCadreIds as string[] | undefined) ?? [])
      .map((id) => byOpenid.get(id))
      .find(Boolean)
    if (!openid) continue
    const at = 60 + Math.floor(rnd() * 480)
    add('visit', 'getHousehold', openid, () => ({ householdId: String(h._id) }), at)
    add(
      'visit',
      'submitVisit',
      openid,
      (now) => ({
        clientId: randomUUID(),
        householdId: String(h._id),
        formVersion: 1,
        form: { ...blankForm(), income: { annualEstimate: 24000, sources: ['wages'] } },
        startedAt: new Date(now.getTime() - 25 * 60_000).toISOString(),
        endedAt: new Date(now.getTime() - 60_000).toISOString(),
        startLocation: { lat: 32.99, lng: 112.56, accuracy: 20 },
        endLocation: null,
        photoCount: 0,
      }),
      at + 1,
    )
  }
  // Rectification: the people responsible open their list; some items move one step.
  const items = cloud.db.find(
    'rectify_items',
    { state: { $in: ['dispatched', 'signed'] } },
    { sort: { _id: 1 }, limit: 40 },
  )
  for (const item of items) {
    const openid = byOpenid.get(String(item.responsiblePersonId))
    if (!openid) continue
    const step = item.state === 'dispatched' ? 'sign' : 'start'
    const at = Math.floor(rnd() * 540)
    add('rectify', 'listMine', openid, () => ({}), at)
    add('rectify', 'getItem', openid, () => ({ itemId: String(item._id) }), at + 1)
    add(
      'rectify',
      step,
      openid,
      () => {
        const [now] = cloud.db.find('rectify_items', { _id: item._id })
        return { itemId: String(item._id), version: Number(now.version) }
      },
      at + 2,
    )
  }
  // Leaders: township leaders and supervisors open their dashboards, the ledger and today's presence.
  for (const p of [...who('township_leader'), ...who('supervisor'), ...who('admin')]) {
    for (let k = 0; k < 2; k++) add('report', 'getDashboard', String(p.openid), () => ({}))
    if (rolesOf(p).includes('township_leader')) add('presence', 'getToday', String(p.openid), () => ({}))
    else add('rectify', 'listLedger', String(p.openid), () => ({}))
  }
  // 公示: a few published by village cadres; villagers read their village's board.
  const villageCadres = who('village_cadre')
  for (let i = 0; i < 5 && villageCadres.length; i++) {
    const p = villageCadres[Math.floor(rnd() * villageCadres.length)]
    add('notice', 'publishNotice', String(p.openid), () => ({
      unitId: String(p.homeUnitId),
      title: '村级项目资金使用情况公示',
      body: '本村道路硬化项目资金使用明细，公示期内可提出异议。',
      category: 'project_funds',
    }))
  }
  const villages = [...units.values()].filter((u) => u.level === 'village')
  for (let i = 0; i < 300; i++) {
    const v = villages[Math.floor(rnd() * villages.length)]
    add('notice', 'listPublicNotices', '', () => ({ villageCode: String(v.code) }))
  }
  return calls.sort((a, b) => a.at - b.at)
}
