import { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { RiskType } from '@contract/domain/monitoring'
import { call } from '@/services/client'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'
import { usePaged } from './use-paged'

/**
 * At the village: pick a household, then take its application (代为登记), hand it a code for the public
 * page, or start 风险消除. The village comes from the page's `villageId`, else the caller's first village.
 */
export function useMonitorStart() {
  const { params } = useRouter()
  const workbench = useAsync(() => call('org', 'getWorkbench', {}))
  const villages =
    workbench.state.status === 'ready'
      ? workbench.state.data.roles.flatMap((r) => r.units.filter((u) => u.level === 'village'))
      : []
  const villageId = params.villageId ?? villages[0]?.id ?? ''
  const households = usePaged(async (offset, limit) => {
    if (!villageId) return { items: [], hasMore: false }
    const page = await call('org', 'listHouseholds', { villageId, offset, limit })
    return {
      items: page.items,
      skipped: page.skipped,
      hasMore: offset + page.items.length + page.skipped < page.total,
    }
  }, villageId)
  const [chosen, setChosen] = useState<{ id: string; headName: string } | null>(null)
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null)
  const [caseId, setCaseId] = useState<string | null>(null)
  const { busy, message, run } = useBusy()

  const choose = useCallback((h: { id: string; headName: string } | null) => {
    setChosen(h)
    setCode(null)
    setCaseId(null)
  }, [])
  const record = useCallback(
    async (form: { risks: RiskType[]; income?: number; rigid?: number; note: string }) => {
      if (!chosen) return
      const res = await run(
        () =>
          call('monitor', 'recordApplication', {
            householdId: chosen.id,
            risks: form.risks,
            incomePerCapita: form.income,
            rigidExpense: form.rigid,
            note: form.note,
          }),
        () => '已登记，等待村级评议',
      )
      if (res) setCaseId(res.caseId)
    },
    [chosen, run],
  )
  const clear = useCallback(
    async (form: { income: number; rigid?: number; note: string }) => {
      if (!chosen) return
      const res = await run(
        () =>
          call('monitor', 'startClearance', {
            householdId: chosen.id,
            incomePerCapita: form.income,
            rigidExpense: form.rigid,
            note: form.note,
          }),
        () => '已发起风险消除，等待村级评议',
      )
      if (res) setCaseId(res.caseId)
    },
    [chosen, run],
  )
  const issue = useCallback(async () => {
    if (!chosen) return
    const res = await run(() => call('monitor', 'issueApplyCode', { householdId: chosen.id }))
    if (res) setCode({ code: res.code, expiresAt: res.expiresAt })
  }, [chosen, run])
  return { villageId, households, chosen, choose, record, clear, issue, code, caseId, busy, message }
}
