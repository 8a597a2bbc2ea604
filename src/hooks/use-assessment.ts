import { useCallback, useState } from 'react'
import type { AssessmentGrade } from '@contract/domain/assessment'
import { isAppError } from '@contract/errors'
import { call } from '@/services/client'
import { openDownloadedFile } from '@/services/files'
import { useAsync } from './use-async'

/** One 派出单位's 年度考核 sheet and leave list; admins decide a 等次, admins and the contact export. */
export function useAssessment(dispatchUnitId: string, year: number) {
  const { state, reload } = useAsync(async () => {
    const [sheet, leaves] = await Promise.all([
      call('org', 'getAssessmentSheet', { dispatchUnitId, year }),
      call('org', 'listDispatchLeaves', { dispatchUnitId, year }),
    ])
    return { sheet, leaves: leaves.items }
  })
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  const run = useCallback(async (work: () => Promise<string>) => {
    setBusy(true)
    setMessage('')
    try {
      setMessage(await work())
      return true
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '操作失败')
      return false
    } finally {
      setBusy(false)
    }
  }, [])

  const decide = (personId: string, grade: AssessmentGrade, reason: string) =>
    run(async () => {
      await call('org', 'decideAssessment', { personId, year, grade, reason })
      await reload()
      return '已记录考核等次，已通知本人及派出单位'
    })

  const exportSheet = () =>
    run(async () => {
      const out = await call('org', 'exportAssessments', { dispatchUnitId, year })
      await openDownloadedFile(out.url, 'xlsx', out.fileName)
      return `已导出 ${out.fileName}：${out.rows} 人`
    })

  const exportMonth = (month: string) =>
    run(async () => {
      const out = await call('presence', 'exportMonth', { month, dispatchUnitId })
      await openDownloadedFile(out.url, 'xlsx', out.fileName)
      return `已导出 ${out.fileName}：${out.rows} 人`
    })

  return { state, reload, busy, message, decide, exportSheet, exportMonth }
}
