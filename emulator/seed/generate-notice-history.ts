import { addDays } from '../../types/domain/presence-time'
import type { GeneratedOrg } from './generate-org'
import type { SeedDoc } from './jsonl'
import type { SeedSet } from './seed-files'
import { Prng } from './prng'

const KINDS: Array<{ category: string; title: string; body: string }> = [
  {
    category: 'village_affairs',
    title: '村民代表会议决议公开',
    body: '经村民代表会议表决，通过村内道路亮化及环境整治方案，详见村务公开栏。',
  },
  {
    category: 'finance',
    title: '村级财务收支公开',
    body: '本月收入：上级转移支付、集体经营收入；支出：道路维护、办公经费、公益事业。明细见村务公开栏。',
  },
  {
    category: 'party_affairs',
    title: '党员发展对象公示',
    body: '经支部委员会研究，拟确定 1 名同志为发展对象，公示期内如有意见请向支部反映。',
  },
  {
    category: 'monitor_inclusion',
    title: '脱贫户动态调整公示',
    body: '经入户核实、民主评议，拟对 2 户监测对象进行风险消除标注，公示期内如有异议请反映。',
  },
  {
    category: 'project_funds',
    title: '衔接资金项目实施情况公示',
    body: '产业路硬化项目已完工，投资 38 万元，验收合格，详见附件。',
  },
  {
    category: 'dibao',
    title: '低保对象动态调整公示',
    body: '经评议，拟新增低保对象 1 户、退出 1 户，公示期内如有异议请反映。',
  },
]

/**
 * A year of 公示 for every other village (benchmark scale): about one every three weeks each, over
 * 3,000 notices, all with their windows closed before the demo's "now".
 */
export function addNoticeHistory(org: GeneratedOrg, set: SeedSet, perVillage = 19, seed = 20251201): SeedSet {
  const rng = new Prng(seed)
  const county = String(org.units.find((u) => u.level === 'county')?._id)
  const notices: SeedDoc[] = [...(set.public_notices ?? [])]
  org.villages.slice(1).forEach((village) => {
    const author = org.people.find(
      (p) =>
        p.homeUnitId === village.id &&
        (p.roles as Array<{ role: string }>).some((g) => g.role === 'village_cadre'),
    )
    for (let n = 0; n < perVillage; n++) {
      const kind = KINDS[(n + rng.int(0, KINDS.length - 1)) % KINDS.length]
      const startDay = addDays('2026-11-10', -(n * 19 + rng.int(0, 6)))
      notices.push({
        _id: `ntc-h-${village.id}-${n}`,
        townshipId: village.townshipId,
        countyId: county,
        status: 'published',
        withdrawReason: null,
        photos: [],
        attachments: [],
        authorId: String(author?._id ?? ''),
        authorName: String(author?.name ?? ''),
        unitId: village.id,
        unitName: village.name,
        unitLevel: 'village',
        path: [...org.county.above, county, village.townshipId, village.id],
        category: kind.category,
        title: `${village.name}${kind.title}`,
        body: kind.body,
        startDay,
        endDay: addDays(startDay, 6),
        objections: 0,
        createdAt: new Date(`${startDay}T01:00:00.000Z`),
      })
    }
  })
  return { ...set, public_notices: notices }
}
