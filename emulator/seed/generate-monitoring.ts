import type {
  CaseKind,
  CaseSource,
  CaseStep,
  MeasureStatus,
  MeasureType,
  MonitorType,
  RiskType,
} from '../../types/domain/monitoring'
import { MEASURE_TYPE, RISK_TYPE } from '../../types/domain/monitoring'
import { Prng } from './prng'
import type { SeedDoc } from './jsonl'

/** What the generator needs of a household. */
export interface MonitoringSeedHousehold {
  _id: string
  headName: string
  villageId: string
  unitPath: string[]
  pairingCadreIds: string[]
}

const DAY = 86_400_000
const TYPES: MonitorType[] = ['unstable', 'edge', 'sudden']
const SOURCES: CaseSource[] = ['visit', 'self', 'department']
const OPEN_STEPS: CaseStep[] = ['candidate', 'village_review', 'township_review', 'county_confirm']
const STATUSES: MeasureStatus[] = ['planned', 'in_progress', 'done']
const day = (t: number) => new Date(t + 8 * 3600_000).toISOString().slice(0, 10)

/**
 * 防返贫监测 at county proportions (DOMAIN.md: about 10 % of households monitored), for benchmarks:
 * every tenth household has a confirmed 纳入 (a few later cleared, this year or last), some of the
 * others are being identified, with open steps some of which are past due, and monitored households
 * carry 0–3 measures (so some have none). Deterministic for a seed.
 */
export function generateMonitoring(
  households: readonly MonitoringSeedHousehold[],
  now: Date,
  seed = 2026,
): { monitor_cases: SeedDoc[]; household_measures: SeedDoc[] } {
  const rnd = new Prng(seed)
  const t0 = now.getTime()
  const cases: SeedDoc[] = []
  const measures: SeedDoc[] = []
  const steps = (start: number, upTo: CaseStep[]) =>
    upTo.map((step, i) => ({
      step,
      outcome: 'passed',
      byId: 'seed',
      byName: '示例经办人',
      at: new Date(start + (i + 1) * 3 * DAY),
      note: '经评议、审核，符合条件',
    }))
  const addCase = (h: MonitoringSeedHousehold, n: number, kind: CaseKind, step: CaseStep, start: number) => {
    const done = step === 'done'
    const passed = done
      ? ['village_review', 'township_review', 'county_confirm']
      : OPEN_STEPS.slice(1, OPEN_STEPS.indexOf(step))
    const history = steps(start, passed as CaseStep[])
    const risks = [rnd.pick(RISK_TYPE.keys), rnd.pick(RISK_TYPE.keys)].filter((r, i, a) => a.indexOf(r) === i)
    cases.push({
      _id: `mc-${h._id}-${n}`,
      householdId: h._id,
      headName: h.headName,
      villageId: h.villageId,
      unitPath: h.unitPath,
      kind,
      source: rnd.pick(SOURCES),
      sourceRef: null,
      step,
      monitorType: kind === 'inclusion' ? rnd.pick(TYPES) : null,
      risks: risks as RiskType[],
      incomePerCapita: rnd.int(4200, 9800),
      rigidExpense: rnd.int(0, 20000),
      noticeId: null,
      stepDueDay: done ? null : day(start + (rnd.chance(0.3) ? -5 : 10) * DAY + 30 * DAY),
      history,
      createdAt: new Date(start),
      updatedAt: history.length > 0 ? history[history.length - 1].at : new Date(start),
    })
  }
  households.forEach((h, i) => {
    if (i % 10 === 0) {
      const start = t0 - rnd.int(120, 700) * DAY
      addCase(h, 1, 'inclusion', 'done', start)
      const cleared = rnd.next()
      if (cleared < 0.12) addCase(h, 2, 'clearance', 'done', t0 - rnd.int(20, 400) * DAY)
      else if (cleared < 0.18) addCase(h, 2, 'clearance', rnd.pick(OPEN_STEPS), t0 - rnd.int(5, 40) * DAY)
      const n = rnd.int(0, 3)
      for (let k = 0; k < n; k++) {
        const startMs = start + rnd.int(10, 60) * DAY
        measures.push({
          _id: `ms-${h._id}-${k + 1}`,
          householdId: h._id,
          villageId: h.villageId,
          unitPath: h.unitPath,
          type: rnd.pick(MEASURE_TYPE.keys) as MeasureType,
          responsibleId: h.pairingCadreIds[0] ?? 'seed',
          responsibleName: '示例责任人',
          startDay: day(startMs),
          plannedDay: day(startMs + rnd.int(30, 365) * DAY),
          status: rnd.pick(STATUSES),
          note: '',
          createdById: 'seed',
          createdByName: '示例经办人',
          history: [],
          createdAt: new Date(startMs),
          updatedAt: new Date(startMs),
        })
      }
    } else if (i % 10 === 5 && rnd.chance(0.3)) {
      addCase(h, 1, 'inclusion', rnd.pick(OPEN_STEPS), t0 - rnd.int(3, 40) * DAY)
    }
  })
  return { monitor_cases: cases, household_measures: measures }
}
