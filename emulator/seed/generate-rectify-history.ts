import { addDays } from '../../types/domain/presence-time'
import type { GeneratedOrg } from './generate-org'
import type { SeedSet } from './seed-files'
import { openidIn } from './county-spec'
import { SPECS, type Spec } from './generate-rectify-specs'
import { seedRectItem, type RectSeedContext } from './generate-rectify-item'

const DAY_MS = 86_400_000

/** The same item, `days` earlier: every timestamp and the deadline move together. */
function shifted(spec: Spec, days: number, key: string): Spec {
  const back = (iso: string) => new Date(Date.parse(iso) - days * DAY_MS).toISOString()
  return {
    ...spec,
    key,
    at: back(spec.at),
    deadline: addDays(spec.deadline, -days),
    steps: spec.steps.map(([a, who, at, c, p]) => [a, who, back(at), c, p]),
  }
}

/**
 * A year of rectification for every other village (benchmark scale): 13 items a village, the demo's
 * typical histories replayed month by month — over 2,000 items with their transitions.
 */
export function addRectifyHistory(org: GeneratedOrg, set: SeedSet, perVillage = 13): SeedSet {
  const supervisor = org.people.find((p) => p.openid === openidIn(org.county, 'demo-supervisor'))!
  const admin = org.people.find((p) => p.openid === openidIn(org.county, 'demo-admin'))!
  const stats = new Map((set.stats_village_month ?? []).map((d) => [String(d._id), { ...d }]))
  const items = [...(set.rectify_items ?? [])]
  const events = [...(set.rectify_events ?? [])]
  const escalations = [...(set.escalations ?? [])]
  org.villages.slice(1).forEach((village, vi) => {
    const here = org.people.filter((p) => p.homeUnitId === village.id)
    const post = (name: string) =>
      here.find((p) => (p.roles as Array<{ post?: string }>).some((g) => g.post === name))!
    const ctx: RectSeedContext = {
      village,
      unit: org.units.find((u) => u._id === village.id)!,
      township: org.units.find((u) => u._id === village.townshipId)!,
      who: {
        sup: supervisor,
        admin,
        sec: post('first_secretary'),
        mem: post('team_member'),
        vil: post('branch_secretary'),
      },
      items,
      events,
      escalations,
      stats,
    }
    for (let m = 0; m < perVillage; m++) {
      const spec = SPECS[(vi + m) % SPECS.length]
      const key = `h${vi}-${m}`
      seedRectItem(shifted(spec, 28 * m + (vi % 7), key), `rect-h-${village.id}-${m}`, ctx)
    }
  })
  return {
    ...set,
    stats_village_month: [...stats.values()],
    rectify_items: items,
    rectify_events: events,
    escalations,
  }
}
