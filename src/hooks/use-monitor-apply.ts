import { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { RiskType } from '@contract/domain/monitoring'
import { call } from '@/services/client'
import { ensureVillagerIdentity, rememberVillage, rememberedVillage } from '@/services/villager'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'

export interface ApplyForm {
  idNumber: string
  phone: string
  code: string
  risks: RiskType[]
  income: string
  rigid: string
  text: string
}

const yuan = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.trim()))

/** 农户自主申报 on the village's public page: no binding; the village is picked once (or comes by QR code). */
export function useMonitorApply() {
  const { params } = useRouter()
  const [village, setVillage] = useState<string | null>(() =>
    /^\d{6,20}$/.test(params.v ?? '') ? (params.v ?? null) : rememberedVillage(),
  )
  const villages = useAsync(() => call('notice', 'listVillages', {}))
  const [sent, setSent] = useState<string | null>(null)
  const { busy, message, run } = useBusy()
  const choose = useCallback((code: string | null) => {
    if (code) rememberVillage(code)
    setVillage(code)
  }, [])
  const submit = useCallback(
    async (form: ApplyForm) => {
      if (!village) return
      ensureVillagerIdentity()
      const res = await run(() =>
        call('monitor', 'submitApplication', {
          villageCode: village,
          idNumber: form.idNumber,
          phone: form.phone,
          code: form.code,
          risks: form.risks,
          incomePerCapita: yuan(form.income),
          rigidExpense: yuan(form.rigid),
          text: form.text,
        }),
      )
      if (res) setSent(res.villageName)
    },
    [village, run],
  )
  return { village, villages, choose, submit, sent, busy, message }
}
