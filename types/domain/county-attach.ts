/**
 * Placing a county under a 州/市 (org.attachCounty) is one resumable step made of parts: org re-paths the
 * units and the records it owns, then visit, notice and feedback each re-path their own. Each part is
 * run again until it says done; a part already done answers at once, so resuming starts from the top.
 */
export const ATTACH_STEPS = ['org', 'visit', 'notice', 'feedback'] as const
export type AttachStep = (typeof ATTACH_STEPS)[number]

export const ATTACH_STEP_LABELS: Record<AttachStep, string> = {
  org: '单位、人员与业务记录',
  visit: '走访记录',
  notice: '公示',
  feedback: '投诉建议',
}

export const isAttachStep = (s: string): s is AttachStep => (ATTACH_STEPS as readonly string[]).includes(s)

export type AttachState = 'unplaced' | 'working' | 'done' | 'unrecorded'

export const ATTACH_STATE_LABELS: Record<AttachState, string> = {
  unplaced: '未归入',
  working: '已归入，路径补全未完成',
  done: '已归入，路径补全已完成',
  unrecorded: '已归入（补全情况未记录，可重新检查）',
}

/** The state of a county from the parts recorded done (undefined: placed before parts were recorded). */
export function attachStateOf(
  placed: boolean,
  done: Partial<Record<AttachStep, boolean>> | undefined,
): { state: AttachState; pending: AttachStep[] } {
  if (!placed) return { state: 'unplaced', pending: [...ATTACH_STEPS] }
  if (!done) return { state: 'unrecorded', pending: [] }
  const pending = ATTACH_STEPS.filter((s) => done[s] !== true)
  return { state: pending.length === 0 ? 'done' : 'working', pending }
}
