import { useCallback } from 'react'
import type { LeaveType } from '@contract/domain/presence'
import type { LeaveView } from '@contract/api/presence-views'
import { call } from '@/services/client'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'

export interface LeaveForm {
  type: LeaveType
  startDay: string
  days: number
  reason: string
}

export function addDaysTo(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + n * 86400_000).toISOString().slice(0, 10)
}

/** The approval chain in one line: 工作队队长审批：已同意 → 乡镇党委审批：待审批. */
export function chainLine(chain: LeaveView['chain']): string {
  const mark = (d: LeaveView['chain'][number]['decision']) =>
    d === 'approved' ? '已同意' : d === 'rejected' ? '不同意' : '待审批'
  return chain.map((s) => `${s.label}审批：${mark(s.decision)}`).join(' → ')
}

/** Today in China (UTC+8). */
export function todayInChina(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** A person's own leaves, or the approver's inbox; and the actions that change them. */
export function useLeaves(box: 'mine' | 'approve') {
  const { state, reload } = useAsync(() => call('presence', 'listLeaves', { box }))
  const { busy, message, run: runBusy } = useBusy()

  /** One change, then the list again; true when it went through (the message says either way). */
  const run = useCallback(
    async (work: () => Promise<unknown>, done: string): Promise<boolean> =>
      (await runBusy(
        async () => {
          await work()
          await reload()
          return true
        },
        () => done,
      )) ?? false,
    [runBusy, reload],
  )

  const request = useCallback(
    (form: LeaveForm) =>
      run(
        () =>
          call('presence', 'requestLeave', {
            type: form.type,
            startDay: form.startDay,
            endDay: addDaysTo(form.startDay, form.days - 1),
            reason: form.reason,
          }),
        '已提交，等待审批',
      ),
    [run],
  )
  const decide = useCallback(
    (leaveId: string, decision: 'approved' | 'rejected', comment: string) =>
      run(
        () => call('presence', 'decideLeave', { leaveId, decision, comment }),
        decision === 'approved' ? '已批准' : '已退回',
      ),
    [run],
  )
  const returnFrom = useCallback(
    (leaveId: string) => run(() => call('presence', 'returnFromLeave', { leaveId }), '已销假'),
    [run],
  )

  return { state, reload, busy, message, request, decide, returnFrom }
}
