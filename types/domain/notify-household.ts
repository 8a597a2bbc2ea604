import { HOUSEHOLD_PAGE, MONITOR_CASE_PAGE, VISIT_PAGE } from './notify-pages'
import { cut, said, type RowsOf } from './notify-row'

/** Visits, 监测 cases and 帮扶措施: the work on a household. */
export interface HouseholdPayloads {
  visit_returned: {
    visitId: string
    authorId: string
    villageName: string
    reviewerName: string
    comment: string
  }
  /** A visit's risk started a 监测识别 candidate case: the visitor learns it exists (never a fault of theirs). */
  monitor_candidate_from_visit: {
    caseId: string
    visitId: string
    authorId: string
    /** Masked. */
    headName: string
    villageName: string
    risks: number
  }
  monitor_step: {
    caseId: string
    /** Masked head name and village, as the case list shows them. */
    headName: string
    villageName: string
    kindLabel: string
    /** The step just taken (or 发起 for a new case) and where the case waits now. */
    stepLabel: string
    outcome: 'started' | 'passed' | 'rejected'
    nowLabel: string
    actorName: string
    note: string
    /** The household's 帮扶责任人, the village's cadres and whoever started the case. */
    pairingIds: string[]
    cadreIds: string[]
    starterId: string | null
  }
  measure_assigned: {
    measureId: string
    householdId: string
    responsibleId: string
    /** 乡镇 + 村 + masked head name, as the household list shows it. */
    place: string
    typeLabel: string
    plannedDay: string
    assignerName: string
  }
}

export const HOUSEHOLD_ROWS: RowsOf<HouseholdPayloads> = {
  visit_returned: {
    ref: (p) => p.visitId,
    template: 'reminder',
    status: () => '已退回',
    to: (p) => [p.authorId],
    link: (p) => `${VISIT_PAGE}?id=${p.visitId}`,
    title: (p) => `走访记录被退回：${p.villageName}`,
    body: (p) => `${said(p.reviewerName, p.comment)}。请更正后重新提交`,
  },
  monitor_candidate_from_visit: {
    ref: (p) => p.caseId,
    template: 'reminder',
    status: () => '待评议',
    to: (p) => [p.authorId],
    link: (p) => `${VISIT_PAGE}?id=${p.visitId}`,
    title: (p) => `已发起监测识别：${p.villageName}${p.headName}户`,
    body: (p) =>
      `您走访发现的 ${p.risks} 项风险已作为监测识别候选交村级评议（干部排查），这是发现风险，不是问题记录`,
  },
  monitor_step: {
    ref: (p) => p.caseId,
    template: 'reminder',
    status: (p) => (p.outcome === 'rejected' ? '未通过' : p.outcome === 'started' ? '待评议' : '已通过'),
    to: (p) => [...p.pairingIds, ...p.cadreIds, ...(p.starterId ? [p.starterId] : [])],
    link: (p) => `${MONITOR_CASE_PAGE}?id=${p.caseId}`,
    title: (p) =>
      p.outcome === 'started'
        ? `${p.kindLabel}待评议：${p.villageName}${p.headName}户`
        : `${p.kindLabel}${p.stepLabel}${p.outcome === 'rejected' ? '未通过' : '已通过'}：${p.villageName}${p.headName}户`,
    body: (p) => `${said(p.actorName, cut(p.note, 60))}。当前环节：${p.nowLabel}`,
  },
  measure_assigned: {
    ref: (p) => p.measureId,
    template: 'reminder',
    status: () => '待落实',
    to: (p) => [p.responsibleId],
    link: (p) => `${HOUSEHOLD_PAGE}?id=${p.householdId}`,
    title: (p) => `您是新的帮扶措施责任人：${p.typeLabel}`,
    body: (p) => `${p.place}，计划 ${p.plannedDay} 前落实。由${p.assignerName}指定`,
  },
}
