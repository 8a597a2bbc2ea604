import { COUNTY_SCALE, DEMO_SCALE, generateOrg } from './generate-org'
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

export type SeedScale = 'demo' | 'county'

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
  const county = scale === 'county'
  const org = generateOrg(county ? COUNTY_SCALE : DEMO_SCALE)
  const dispatch = generateDispatch('u-411302')
  let set: SeedSet = {
    org_units: org.units,
    people: [...org.people, ...dispatch.people],
    dispatch_units: dispatch.dispatch_units,
    ...withHistory(org, scale, generatePresence(org)),
    ...generateHouseholds(org, county ? 41 : 4),
    ...generatePostings(org),
  }
  set = addRectify(org, set)
  if (county) set = addRectifyHistory(org, set)
  set = addVisits(org, set, county ? HISTORY_MONTHS : [])
  set = addNotices(org, set)
  if (county) set = addNoticeHistory(org, set)
  // Aggregates last, recounted from the raw collections so they always agree (stamped the night before the demo "now").
  return { ...set, ...recountStats(set, new Date('2026-11-19T18:30:00.000Z')) }
}

/** At county scale every other village gets a year of presence on top of the demo month. */
function withHistory(
  org: ReturnType<typeof generateOrg>,
  scale: SeedScale,
  demo: ReturnType<typeof generatePresence>,
): ReturnType<typeof generatePresence> {
  if (scale !== 'county') return demo
  const history = generatePresenceHistory(
    org,
    '2026-11-19',
    org.villages.slice(0, 1).map((v) => v.id),
  )
  return {
    ...demo,
    presence_checkins: [...history.presence_checkins, ...demo.presence_checkins],
    presence_days: [...history.presence_days, ...demo.presence_days],
  }
}
