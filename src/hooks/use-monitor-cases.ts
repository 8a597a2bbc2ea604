import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { CaseKind, CaseStep } from '@contract/domain/monitoring'
import { call } from '@/services/client'
import { usePaged } from './use-paged'

/** The cases of the caller's scope, filtered by step, kind and 仅看逾期. */
export function useMonitorCases() {
  const { params } = useRouter()
  const [step, setStep] = useState<CaseStep | undefined>(undefined)
  const [kind, setKind] = useState<CaseKind | undefined>(
    params.kind === 'clearance' ? 'clearance' : undefined,
  )
  const [overdueOnly, setOverdueOnly] = useState(params.overdue === '1')
  const list = usePaged(
    async (offset, limit) => {
      const page = await call('monitor', 'listCases', { step, kind, overdueOnly, offset, limit })
      return {
        items: page.items,
        skipped: page.skipped,
        hasMore: offset + page.items.length + page.skipped < page.total,
      }
    },
    `${step ?? ''}|${kind ?? ''}|${overdueOnly ? 1 : 0}`,
  )
  return { list, step, setStep, kind, setKind, overdueOnly, setOverdueOnly }
}
