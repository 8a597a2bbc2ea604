import { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { CaseDetail } from '@contract/api/monitor-schemas'
import type { MonitorType, RiskType } from '@contract/domain/monitoring'
import { call } from '@/services/client'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'

/** What the decider writes: the note always; the village review also settles type, risks and income. */
export interface StepForm {
  note: string
  monitorType: MonitorType | null
  risks: RiskType[]
  income: string
  rigid: string
  incomeReason: string
}

export interface Objection {
  id: string
  text: string
  reply: string
}

const yuan = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.trim()))

/** One case with its history, the 公示's objections, and the step the caller may take. */
export function useMonitorCase() {
  const { params } = useRouter()
  const caseId = String(params.id ?? '')
  // The 公示's objections come from the notice module; a reader without access to them sees the count only.
  const detail = useAsync(async () => {
    const c = await call('monitor', 'getCase', { caseId })
    let objections: Objection[] = []
    if (c.notice && c.notice.objections > 0) {
      const page = await call('notice', 'listObjections', { noticeId: c.notice.noticeId }).catch(() => null)
      objections = page ? page.items.map((o) => ({ id: o.id, text: o.text, reply: o.reply })) : []
    }
    return { c, objections }
  })
  const [decided, setDecided] = useState<CaseDetail | null>(null)
  const { busy, message, run } = useBusy()

  const decide = useCallback(
    async (c: CaseDetail, outcome: 'pass' | 'reject', form: StepForm) => {
      const village = c.step === 'candidate'
      const res = await run(
        () =>
          call('monitor', 'decideStep', {
            caseId,
            outcome,
            note: form.note,
            incomeReason: form.incomeReason,
            ...(village
              ? {
                  monitorType: form.monitorType ?? undefined,
                  risks: form.risks.length ? form.risks : undefined,
                  incomePerCapita: yuan(form.income),
                  rigidExpense: yuan(form.rigid),
                }
              : {}),
          }),
        (d) => `已办理，当前环节：${d.stepLabel}`,
      )
      if (res) setDecided(res)
    },
    [caseId, run],
  )
  return { detail, decided, decide, busy, message }
}
