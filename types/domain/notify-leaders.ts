import { OBJECTIONS_PAGE, TASK_WEEKLY_PAGE } from './notify-pages'
import { cut, type RowsOf } from './notify-row'

/** What reaches a unit's leaders: objections to a 公示 and the weekly 调度任务 summary. */
export interface LeaderPayloads {
  notice_objection: {
    noticeId: string
    objectionId: string
    authorId: string
    leaderIds: string[]
    noticeTitle: string
    text: string
  }
  /** 周通报: the weekly summary of an issuing unit's 调度任务 (places and figures, no people). */
  task_weekly: {
    summaryId: string
    toIds: string[]
    unitName: string
    week: string
    tasks: number
    behind: number
  }
}

export const LEADER_ROWS: RowsOf<LeaderPayloads> = {
  notice_objection: {
    ref: (p) => p.objectionId,
    topic: (p) => `objection-${p.noticeId}`,
    template: 'objection',
    status: () => '待处理',
    to: (p) => [p.authorId, ...p.leaderIds],
    link: (p) => `${OBJECTIONS_PAGE}?noticeId=${p.noticeId}`,
    title: (p) => `公示收到异议：${p.noticeTitle}`,
    body: (p) => cut(p.text, 100),
  },
  task_weekly: {
    ref: (p) => p.summaryId,
    template: 'reminder',
    status: () => '周通报',
    to: (p) => p.toIds,
    link: () => TASK_WEEKLY_PAGE,
    title: (p) => `调度任务周通报：${cut(p.unitName, 12)}`,
    body: (p) => `${p.week} 当周 ${p.tasks} 项任务，${p.behind} 项尚未达到目标`,
  },
}
