import type { RunningCloud } from '../../helpers/local-cloud'

export const NOW = '2026-11-20T01:00:00.000Z'
export const COUNTY = 'u-411302'
export const WADIAN = 'u-411302100'
export const HONGNIWAN = 'u-411302101'
export const CAOXU = 'u-411302100200'
export const HUHUANG = 'u-411302100201'
export const H1 = 'h-411302100200-001'
export const H2 = 'h-411302100200-002'
export const H3 = 'h-411302100200-003'
export const H4 = 'h-411302100200-004'
export const H5 = 'h-411302100201-001'
export const H6 = 'h-411302101200-001'

const pathOf = (villageId: string) => [COUNTY, villageId.slice(0, 11), villageId]
const villageOf = (householdId: string) => `u-${householdId.slice(2, 14)}`
const passed = (step: string, at: string) => ({
  step,
  outcome: 'passed',
  byId: 'p-x',
  byName: '经办人',
  at: new Date(at),
  note: '同意',
})

function caseDoc(
  householdId: string,
  n: number,
  o: {
    kind: 'inclusion' | 'clearance'
    step: string
    monitorType?: string | null
    risks?: string[]
    income?: number | null
    due?: string | null
    history?: ReturnType<typeof passed>[]
    at: string
  },
) {
  const villageId = villageOf(householdId)
  const history = o.history ?? []
  return {
    _id: `mc-${householdId}-${n}`,
    householdId,
    headName: `户主${householdId.slice(-3)}`,
    villageId,
    unitPath: pathOf(villageId),
    kind: o.kind,
    source: 'visit',
    sourceRef: null,
    step: o.step,
    monitorType: o.monitorType ?? null,
    risks: o.risks ?? ['illness'],
    incomePerCapita: o.income ?? null,
    rigidExpense: null,
    noticeId: null,
    stepDueDay: o.due ?? null,
    history,
    createdAt: new Date(o.at),
    updatedAt: history.length > 0 ? history[history.length - 1].at : new Date(o.at),
  }
}

const confirmed = (d1: string, d2: string, d3: string) => [
  passed('village_review', d1),
  passed('township_review', d2),
  passed('county_confirm', d3),
]

function measureDoc(householdId: string, n: number, status: string, plannedDay: string) {
  const villageId = villageOf(householdId)
  return {
    _id: `ms-${householdId}-${n}`,
    householdId,
    villageId,
    unitPath: pathOf(villageId),
    type: n === 1 ? 'employment' : 'medical',
    responsibleId: 'p-x',
    responsibleName: '张责任',
    startDay: '2026-09-01',
    plannedDay,
    status,
    note: '',
    createdById: 'p-x',
    createdByName: '经办人',
    history: [],
    createdAt: new Date('2026-09-01T02:00:00Z'),
    updatedAt: new Date('2026-09-01T02:00:00Z'),
  }
}

/**
 * A known county: H1 and H2 monitored in 曹徐屯村 (H2 without a measure), H3 waiting at 乡镇审核 past its
 * due day, H4's risk cleared this June; H5 in 胡黄桥村 waiting at 村级评议 (not yet due); H6 in 红泥湾镇
 * monitored with one measure behind plan.
 */
export function seedMonitoringFixture(run: RunningCloud): void {
  run.cloud.db.insertMany('monitor_cases', [
    caseDoc(H1, 1, {
      kind: 'inclusion',
      step: 'done',
      monitorType: 'unstable',
      risks: ['illness', 'schooling'],
      income: 5200,
      at: '2026-03-01T02:00:00Z',
      history: confirmed('2026-03-05T02:00:00Z', '2026-03-09T02:00:00Z', '2026-03-12T02:00:00Z'),
    }),
    caseDoc(H2, 1, {
      kind: 'inclusion',
      step: 'done',
      monitorType: 'edge',
      income: 6100,
      at: '2026-04-01T02:00:00Z',
      history: confirmed('2026-04-03T02:00:00Z', '2026-04-06T02:00:00Z', '2026-04-08T02:00:00Z'),
    }),
    caseDoc(H3, 1, {
      kind: 'inclusion',
      step: 'township_review',
      risks: ['disaster'],
      due: '2026-11-10',
      at: '2026-11-01T02:00:00Z',
      history: [passed('village_review', '2026-11-04T02:00:00Z')],
    }),
    caseDoc(H4, 1, {
      kind: 'inclusion',
      step: 'done',
      monitorType: 'sudden',
      at: '2025-05-01T02:00:00Z',
      history: confirmed('2025-05-03T02:00:00Z', '2025-05-06T02:00:00Z', '2025-05-08T02:00:00Z'),
    }),
    caseDoc(H4, 2, {
      kind: 'clearance',
      step: 'done',
      at: '2026-05-20T02:00:00Z',
      history: confirmed('2026-05-22T02:00:00Z', '2026-05-27T02:00:00Z', '2026-06-01T02:00:00Z'),
    }),
    caseDoc(H5, 1, {
      kind: 'inclusion',
      step: 'village_review',
      due: '2026-11-30',
      at: '2026-11-15T02:00:00Z',
    }),
    caseDoc(H6, 1, {
      kind: 'inclusion',
      step: 'done',
      monitorType: 'sudden',
      at: '2026-02-01T02:00:00Z',
      history: confirmed('2026-02-03T02:00:00Z', '2026-02-06T02:00:00Z', '2026-02-08T02:00:00Z'),
    }),
  ])
  run.cloud.db.insertMany('household_measures', [
    measureDoc(H1, 1, 'in_progress', '2026-12-31'),
    measureDoc(H6, 1, 'planned', '2026-10-01'),
  ])
}
