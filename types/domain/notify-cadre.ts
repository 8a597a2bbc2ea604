import { INBOX_PAGE, POSTINGS_PAGE } from './notify-pages'
import { cut, said, type RowsOf } from './notify-row'

/** A cadre's place in the organization: postings, 排查 decisions and the yearly 考核. */
export interface CadrePayloads {
  assessment_decided: {
    personId: string
    personName: string
    /** The 派出单位's bound contact, when the cadre was sent by one: the result goes there too. */
    contactId: string | null
    year: number
    gradeLabel: string
    reason: string
    deciderName: string
  }
  posting_started: {
    postingId: string
    personId: string
    contactId: string | null
    personName: string
    villageName: string
    teamRoleLabel: string
    batch: string
    startDay: string
    plannedEndDay: string
  }
  posting_ended: {
    postingId: string
    personId: string
    receiverId: string
    contactId: string | null
    personName: string
    receiverName: string
    villageName: string
    endLabel: string
    endDay: string
    households: number
    items: number
    notices: number
  }
  roster_decided: {
    decisionId: string
    personId: string
    signLabel: string
    decisionLabel: string
    deciderName: string
    reason: string
  }
}

export const CADRE_ROWS: RowsOf<CadrePayloads> = {
  assessment_decided: {
    ref: (p) => `${p.personId}_${p.year}`,
    template: 'reminder',
    status: () => '已评定',
    to: (p) => [p.personId, ...(p.contactId ? [p.contactId] : [])],
    link: () => INBOX_PAGE,
    title: (p) => `${p.personName} ${p.year} 年度考核：${p.gradeLabel}`,
    body: (p) => `${p.deciderName}评定，理由：${cut(p.reason, 80)}`,
  },
  // The cadre and the 派出单位's contact (who stays responsible for the cadre) are told of the term.
  posting_started: {
    ref: (p) => p.postingId,
    template: 'reminder',
    status: () => '已选派',
    to: (p) => [p.personId, ...(p.contactId ? [p.contactId] : [])],
    link: (p) => `${POSTINGS_PAGE}?personId=${p.personId}`,
    title: (p) => `${p.personName}选派到${p.villageName}任${p.teamRoleLabel}`,
    body: (p) => `${p.batch}，任期 ${p.startDay} 至 ${p.plannedEndDay}`,
  },
  posting_ended: {
    ref: (p) => p.postingId,
    template: 'reminder',
    status: () => '已结束',
    to: (p) => [p.personId, p.receiverId, ...(p.contactId ? [p.contactId] : [])],
    link: (p) => `${POSTINGS_PAGE}?personId=${p.personId}`,
    title: (p) => `${p.personName}在${p.villageName}的任职结束（${cut(p.endLabel, 14)}）`,
    body: (p) =>
      `${p.endDay} 起，结对户 ${p.households} 户、整改事项 ${p.items} 项、公示 ${p.notices} 条已移交${p.receiverName}`,
  },
  roster_decided: {
    ref: (p) => p.decisionId,
    template: 'reminder',
    status: (p) => cut(p.decisionLabel, 5),
    to: (p) => [p.personId],
    link: (p) => `${POSTINGS_PAGE}?personId=${p.personId}`,
    title: (p) => `排查结果：${p.decisionLabel}（${p.signLabel}）`,
    body: (p) => said(p.deciderName, p.reason),
  },
}
