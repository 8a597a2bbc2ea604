import type { RectAction } from '../../types/domain/rectification-flow'
import type { SeedDoc } from './jsonl'

export type Step = [
  action: RectAction,
  who: 'sup' | 'sec' | 'mem' | 'vil' | 'admin',
  at: string,
  comment?: string,
  patch?: SeedDoc,
]
export interface Spec {
  key: string
  source: string
  category: string
  problem: string
  measures: string
  registrar: 'sup' | 'vil'
  responsible: 'sec' | 'mem'
  at: string
  deadline: string
  steps: Step[]
}

/** Six items of 瓦店镇's first village, one per typical state; dates lead up to the demo's 2026-11-20. */
export const SPECS: Spec[] = [
  {
    key: 'a',
    source: 'spot_check',
    category: 'party_building',
    problem: '党群服务中心值班表未公示',
    measures: '制定值班表并上墙公示',
    registrar: 'sup',
    responsible: 'sec',
    at: '2026-11-16T02:00:00Z',
    deadline: '2026-12-10',
    steps: [],
  },
  {
    key: 'b',
    source: 'inspection',
    category: 'presence',
    problem: '驻村工作队工作日志记录不全',
    measures: '补记日志，每周由第一书记审核',
    registrar: 'sup',
    responsible: 'mem',
    at: '2026-11-17T02:00:00Z',
    deadline: '2026-12-05',
    steps: [['dispatch', 'sup', '2026-11-17T02:10:00Z']],
  },
  {
    key: 'c',
    source: 'visit',
    category: 'policy',
    problem: '脱贫户危房改造进度滞后，雨季前未完工',
    measures: '协调施工队，限期完工并验收',
    registrar: 'sup',
    responsible: 'sec',
    at: '2026-11-02T02:00:00Z',
    deadline: '2026-11-17',
    steps: [
      ['dispatch', 'sup', '2026-11-02T02:30:00Z'],
      ['sign', 'sec', '2026-11-02T06:00:00Z'],
      ['start', 'sec', '2026-11-03T01:00:00Z', '已联系施工队'],
    ],
  },
  {
    key: 'd',
    source: 'self_check',
    category: 'infrastructure',
    problem: '村务公开栏内容未及时更新',
    measures: '更新三季度村务、财务公开内容',
    registrar: 'vil',
    responsible: 'sec',
    at: '2026-11-09T02:00:00Z',
    deadline: '2026-11-30',
    steps: [
      ['dispatch', 'vil', '2026-11-09T02:05:00Z'],
      ['sign', 'sec', '2026-11-09T03:00:00Z'],
      ['applyClose', 'sec', '2026-11-18T03:00:00Z', '已更新全部公开内容', { after: true }],
    ],
  },
  {
    key: 'e',
    source: 'notice_objection',
    category: 'policy',
    problem: '低保评议公示期间群众异议：评议程序不规范',
    measures: '重新召开评议会并公示会议记录',
    registrar: 'sup',
    responsible: 'mem',
    at: '2026-10-20T02:00:00Z',
    deadline: '2026-11-10',
    steps: [
      ['dispatch', 'sup', '2026-10-20T02:10:00Z'],
      ['sign', 'mem', '2026-10-20T08:00:00Z'],
      ['applyClose', 'mem', '2026-10-28T03:00:00Z', '已重新评议', { after: true }],
      ['startReview', 'sup', '2026-10-29T02:00:00Z'],
      ['reject', 'sup', '2026-10-29T02:30:00Z', '缺少会议记录照片', { strike: true }],
      ['applyClose', 'mem', '2026-11-05T03:00:00Z', '补充会议记录并公示', { after: true }],
      ['startReview', 'sup', '2026-11-06T02:00:00Z'],
      ['close', 'sup', '2026-11-06T03:00:00Z', '现场核实，材料齐全'],
    ],
  },
  {
    key: 'f',
    source: 'inspection',
    category: 'other',
    problem: '重复登记的问题',
    measures: '—',
    registrar: 'sup',
    responsible: 'sec',
    at: '2026-11-11T02:00:00Z',
    deadline: '2026-12-31',
    steps: [['withdraw', 'sup', '2026-11-11T03:00:00Z', '与已登记事项重复']],
  },
]
