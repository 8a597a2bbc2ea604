import { blankForm, CHECK, VISIT_FORM_VERSION, type VisitForm } from '../../types/domain/visit-form'
import { shanghaiMonth } from '../../types/domain/presence-time'
import type { GeneratedOrg } from './generate-org'
import type { SeedDoc } from './jsonl'
import type { SeedSet } from './seed-files'
import { Prng } from './prng'
import { DEFAULT_KIND_PERIODS, kindPeriodOf } from '../../types/domain/kind-periods'
import { HOUSEHOLD_KIND, type HouseholdKind } from '../../types/domain/monitoring'

function seedKind(h: SeedDoc): HouseholdKind {
  const kind = HOUSEHOLD_KIND.schema.safeParse(h.kind)
  return kind.success ? kind.data : 'lifted'
}

/** A fixed 明白卡 code for the first household of 瓦店镇's first village (tests and the demo open it). */
export const DEMO_CARD_CODE = 'WDZMBKA234'

const NOTES: Record<string, string> = {
  food: '口粮不足，需接济',
  clothing: '冬衣不足',
  education: '一名适龄儿童暂时辍学在家',
  medical: '慢病未签约家庭医生',
  housing: '房屋墙体开裂，已鉴定为C级危房',
  water: '雨季水井浑浊',
}

function formFor(rng: Prng, headName: string): VisitForm {
  const form = blankForm()
  for (const key of CHECK.keys) {
    if (rng.chance(0.08)) Object.assign(form.checks[key], { ok: false, note: NOTES[key] })
  }
  if (!form.checks.housing.ok) form.checks.housing.houseClass = 'C'
  else form.checks.housing.houseClass = rng.pick(['A', 'B'] as const)
  form.income = {
    annualEstimate: rng.int(12, 60) * 1000,
    sources: rng.chance(0.6) ? ['wages', 'farming'] : ['farming', 'transfer'],
  }
  if (rng.chance(0.15))
    form.risks = [rng.pick(['illness', 'unemployment', 'disaster', 'income_drop'] as const)]
  form.problems = form.risks.length
    ? `${headName}家近期${form.risks[0] === 'illness' ? '有人住院，医疗支出大' : '收入不稳定'}`
    : ''
  form.help = {
    measures: rng.chance(0.5) ? ['industry', 'employment'] : ['health'],
    text: rng.chance(0.5) ? '宣讲产业奖补政策，登记务工意愿' : '',
  }
  form.satisfaction = rng.chance(0.85) ? 'satisfied' : 'fair'
  return form
}

/**
 * A month of visits before the demo's "now" (2026-11-20): almost every household in October, about
 * half in November. In the first village only demo-pairing's second household is visited in
 * November, so "not yet visited" lists and coverage changes show. At county scale `historyMonths`
 * adds the year before, most households visited every month (the benchmark's 75,000+ visits). Counters are derived from the
 * visits, as the function would have bumped them.
 */
export function addVisits(
  org: GeneratedOrg,
  set: SeedSet,
  historyMonths: string[] = [],
  seed = 20261106,
  /** The demo's printed 明白卡 (a fixed code): only the demo county has it. */
  withCard = true,
): SeedSet {
  const rng = new Prng(seed)
  const people = new Map(org.people.map((p) => [String(p._id), p]))
  const villageName = new Map(org.villages.map((v) => [v.id, v.name]))
  const first = org.villages[0]?.id
  const visits: SeedDoc[] = []
  const versions: SeedDoc[] = []
  const coverage: SeedDoc[] = []
  const kindCoverage = new Map<string, SeedDoc & { visits: number; visitIds: string[] }>()
  const villageStats = new Map<string, SeedDoc>()
  const stats = new Map((set.stats_village_month ?? []).map((d) => [String(d._id), { ...d }]))
  for (const h of set.households ?? []) {
    const path = h.unitPath as string[]
    const [countyId, townshipId, villageId] = path.slice(-3)
    const vs = villageStats.get(villageId) ?? {
      _id: villageId,
      villageId,
      townshipId,
      countyId,
      households: 0,
      pairedHouseholds: 0,
      updatedAt: new Date('2026-11-19T18:30:00Z'),
    }
    vs.households = Number(vs.households) + 1
    vs.pairedHouseholds = Number(vs.pairedHouseholds) + ((h.pairingCadreIds as string[]).length ? 1 : 0)
    villageStats.set(villageId, vs)
    const authorId = (h.pairingCadreIds as string[])[0]
    const author = authorId ? people.get(authorId) : undefined
    if (!author) continue
    const index = Number(String(h._id).slice(-3))
    const months = [...historyMonths, '2026-10']
    if (villageId === first ? index === 2 : rng.chance(0.5)) months.push('2026-11')
    for (const month of months) {
      if (month === '2026-10' ? !rng.chance(0.9) : month !== '2026-11' && !rng.chance(0.95)) continue
      const startedAt = new Date(
        `${month}-${String(rng.int(3, 18)).padStart(2, '0')}T0${rng.int(1, 7)}:${String(rng.int(10, 59))}:00.000Z`,
      )
      const clientId = `seed-${String(h._id)}-${month}`
      const id = `v-${clientId}`
      const form = formFor(rng, String(h.headName))
      // One visit of another village is shared as an example; its text names the head and a phone, to be masked.
      const shared = index === 1 && month === '2026-10' && villageId === org.villages[1]?.id
      if (shared) form.problems = `${String(h.headName)}反映医保报销慢，联系电话13812345678`
      visits.push({
        _id: id,
        clientId,
        householdId: h._id,
        headName: h.headName,
        villageId,
        villageName: villageName.get(villageId) ?? '',
        townshipId,
        countyId,
        path,
        pairingCadreIds: h.pairingCadreIds,
        authorId,
        authorName: author.name,
        period: month,
        month,
        startedAt,
        endedAt: new Date(startedAt.getTime() + 25 * 60000),
        receivedAt: new Date(startedAt.getTime() + 26 * 60000),
        syncedLate: false,
        counted: true,
        startLocation: null,
        endLocation: null,
        formVersion: VISIT_FORM_VERSION,
        form,
        version: 1,
        status: 'submitted',
        photoCount: 0,
        photos: [],
        shared,
        sharedAt: shared ? startedAt : null,
        reviews: [],
        followUps: [],
        updatedAt: startedAt,
      })
      versions.push({
        _id: `${id}-v1`,
        visitId: id,
        version: 1,
        form,
        formVersion: VISIT_FORM_VERSION,
        at: startedAt,
        byId: authorId,
        byName: author.name,
        reason: '',
        clientId,
      })
      coverage.push({
        _id: `${String(h._id)}_${month}`,
        householdId: h._id,
        villageId,
        townshipId,
        period: month,
        visits: 1,
        visitIds: [id],
        lastVisitAt: startedAt,
      })
      // A kind whose period is longer than the month keeps a coverage doc of its own period too,
      // as the visit function does (count-visit.ts), so a later visit of the quarter is not "first".
      const kindPeriod = kindPeriodOf(DEFAULT_KIND_PERIODS, seedKind(h), month)
      if (kindPeriod && kindPeriod !== month) {
        const kid = `${String(h._id)}_${kindPeriod}`
        const own = kindCoverage.get(kid)
        kindCoverage.set(kid, {
          _id: kid,
          householdId: h._id,
          villageId,
          townshipId,
          period: kindPeriod,
          visits: (own?.visits ?? 0) + 1,
          visitIds: [...(own?.visitIds ?? []), id],
          lastVisitAt: startedAt,
        })
      }
      const sid = `${villageId}_${shanghaiMonth(startedAt)}`
      const doc = stats.get(sid) ?? { _id: sid, villageId, townshipId, month: shanghaiMonth(startedAt) }
      doc.visits = (Number(doc.visits) || 0) + 1
      doc.visitedHouseholds = (Number(doc.visitedHouseholds) || 0) + 1
      stats.set(sid, doc)
    }
  }
  const firstHousehold = (set.households ?? []).find((h) => h.villageId === first)
  const cards =
    withCard && firstHousehold
      ? [
          {
            _id: DEMO_CARD_CODE,
            householdId: firstHousehold._id,
            villageId: first,
            issuedAt: new Date('2026-11-01T02:00:00Z'),
            issuedById: String(
              firstHousehold.pairingCadreIds && (firstHousehold.pairingCadreIds as string[])[0],
            ),
          },
        ]
      : []
  return {
    ...set,
    stats_village_month: [...stats.values()],
    visits,
    visit_versions: versions,
    visit_coverage: [...coverage, ...kindCoverage.values()],
    stats_village: [...villageStats.values()],
    household_cards: cards,
  }
}
