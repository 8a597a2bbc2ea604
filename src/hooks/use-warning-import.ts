import { useCallback, useMemo, useState } from 'react'
import type { WarningDepartment } from '@contract/domain/monitoring'
import { parseWarningList } from '@contract/domain/warning-list'
import { call } from '@/services/client'
import { useBusy } from './use-busy'

type Outcome = Awaited<ReturnType<typeof importWarnings>>
const importWarnings = (department: WarningDepartment, text: string) =>
  call('monitor', 'importWarnings', { department, text })

/** A department's list pasted from its spreadsheet: previewed with the server's own parser, then imported. */
export function useWarningImport() {
  const [department, setDepartment] = useState<WarningDepartment>('medical_insurance')
  const [text, setText] = useState('')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const { busy, message, run } = useBusy()
  const preview = useMemo(() => parseWarningList(text), [text])
  const submit = useCallback(async () => {
    const res = await run(
      () => importWarnings(department, text),
      (o) =>
        `已导入：新增待评议 ${o.created} 户，已在监测或办理中 ${o.existing} 户，未匹配 ${o.unmatched.length} 行`,
    )
    if (res) setOutcome(res)
  }, [department, text, run])
  return { department, setDepartment, text, setText, preview, submit, outcome, busy, message }
}
