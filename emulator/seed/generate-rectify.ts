import type { GeneratedOrg } from './generate-org'
import type { SeedSet } from './seed-files'
import { SPECS } from './generate-rectify-specs'
import { seedRectItem, type RectSeedContext } from './generate-rectify-item'

/** Adds demo rectification items (and their events, an escalation and stats counters) to a seed. */
export function addRectify(org: GeneratedOrg, set: SeedSet): SeedSet {
  const village = org.villages[0]
  if (!village) return set
  const byOpenid = (openid: string) => org.people.find((p) => p.openid === openid)!
  const ctx: RectSeedContext = {
    village,
    unit: org.units.find((u) => u._id === village.id)!,
    township: org.units.find((u) => u._id === village.townshipId)!,
    who: {
      sup: byOpenid('demo-supervisor'),
      sec: byOpenid('demo-secretary'),
      mem: byOpenid('demo-member'),
      vil: byOpenid('demo-village'),
      admin: byOpenid('demo-admin'),
    },
    items: [],
    events: [],
    escalations: [],
    stats: new Map((set.stats_village_month ?? []).map((d) => [String(d._id), { ...d }])),
  }
  for (const spec of SPECS) seedRectItem(spec, `rect-seed-${spec.key}`, ctx)
  return {
    ...set,
    stats_village_month: [...ctx.stats.values()],
    rectify_items: ctx.items,
    rectify_events: ctx.events,
    escalations: ctx.escalations,
  }
}
