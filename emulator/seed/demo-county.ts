import { COUNTY_SCALE, DEMO_SCALE, generateOrg, type OrgScale } from './generate-org'
import type { SeedSet } from './seed-files'
import { generatePresence } from './generate-presence'
import { generatePresenceHistory } from './generate-presence-history'
import { generateHouseholds } from './generate-households'
import { addRectify } from './generate-rectify'
import { addRectifyHistory } from './generate-rectify-history'
import { addVisits } from './generate-visits'
import { addNotices } from './generate-notices'
import { addNoticeHistory } from './generate-notice-history'
import { recountStats } from './recount-stats'
import { generatePostings } from './generate-postings'
import { generateDispatch } from './generate-dispatch'
import { WANCHENG, type CountySpec } from './county-spec'

export type SeedScale = 'demo' | 'county'

/** What one county's seed holds: its shape, and whether it has the demo's fixtures and a year of history. */
export interface CountySeedPlan {
  county: CountySpec
  org: OrgScale
  householdsPerVillage: number
  /**
   * The demo's hand-made fixtures (a month of the first village's presence with leaves, six typical
   * rectification items, 公示 with an objection, a 明白卡, a 派出单位): their ids are fixed, so only
   * one county of a database has them.
   */
  demo: boolean
  /** A year of presence, visits, rectification and 公示 everywhere (the benchmark's county scale). */
  history: boolean
  /** Added to every generator's seed, so counties built from one plan differ. */
  seedOffset: number
}

export const DEMO_PLAN: CountySeedPlan = {
  county: WANCHENG,
  org: DEMO_SCALE,
  householdsPerVillage: 4,
  demo: true,
  history: false,
  seedOffset: 0,
}
export const COUNTY_PLAN: CountySeedPlan = {
  ...DEMO_PLAN,
  org: COUNTY_SCALE,
  householdsPerVillage: 41,
  history: true,
}

/** The year before the demo's last two months, for the county scale's visit history. */
const HISTORY_MONTHS = Array.from({ length: 11 }, (_, i) => {
  const d = new Date(Date.UTC(2025, 10 + i, 1))
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
})

/**
 * The whole seed of a scale, collection by collection. The demo is 瓦店镇's first village in depth;
 * the county scale adds a year of history everywhere (DOMAIN.md figures) for the benchmark.
 */
export function generateSeed(scale: SeedScale): SeedSet {
  return generateCountySeed(scale === 'county' ? COUNTY_PLAN : DEMO_PLAN)
}

/** One county's seed after a plan; 宛城区's plans give the demo and county seeds as they always were. */
export function generateCountySeed(plan: CountySeedPlan): SeedSet {
  const off = plan.seedOffset
  const org = generateOrg(plan.org, 20261122 + off, plan.county)
  const countyId = `u-${plan.county.code}`
  const dispatch = plan.demo ? generateDispatch(countyId) : { dispatch_units: [], people: [] }
  let set: SeedSet = {
    org_units: org.units,
    people: [...org.people, ...dispatch.people],
    dispatch_units: dispatch.dispatch_units,
    ...withHistory(org, plan),
    ...generateHouseholds(org, plan.householdsPerVillage, 20261123 + off),
    ...generatePostings(org),
  }
  if (plan.demo) set = addRectify(org, set)
  if (plan.history) set = addRectifyHistory(org, set)
  set = addVisits(org, set, plan.history ? HISTORY_MONTHS : [], 20261106 + off, plan.demo)
  if (plan.demo) set = addNotices(org, set)
  if (plan.history) set = addNoticeHistory(org, set, 19, 20251201 + off)
  // Aggregates last, recounted from the raw collections so they always agree (stamped the night before the demo "now").
  return { ...set, ...recountStats(set, new Date('2026-11-19T18:30:00.000Z')) }
}

/**
 * The demo month of the first village, and with history a year of presence for every village (the
 * first village's year only outside the demo county, where its month is not built by hand).
 */
function withHistory(
  org: ReturnType<typeof generateOrg>,
  plan: CountySeedPlan,
): ReturnType<typeof generatePresence> {
  const demo = plan.demo
    ? generatePresence(org)
    : { presence_checkins: [], presence_days: [], presence_leaves: [], stats_village_month: [] }
  if (!plan.history) return demo
  const history = generatePresenceHistory(
    org,
    '2026-11-19',
    plan.demo ? org.villages.slice(0, 1).map((v) => v.id) : [],
    365,
    20251120 + plan.seedOffset,
  )
  return {
    ...demo,
    presence_checkins: [...history.presence_checkins, ...demo.presence_checkins],
    presence_days: [...history.presence_days, ...demo.presence_days],
  }
}
