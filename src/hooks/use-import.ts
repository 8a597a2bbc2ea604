import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'
import type { ActionOutput } from '@contract/api'
import { call } from '@/services/client'
import { uploadFor } from '@/services/uploads'
import { openDownloadedFile } from '@/services/files'
import { pickSpreadsheet } from '@/services/pick-file'

export type ImportReport = ActionOutput<'imports', 'validateImport'>

type Step = 'idle' | 'checking' | 'checked' | 'importing' | 'done'

/** Pick a spreadsheet → upload → check → import (all, or only the valid rows). */
export function useImport() {
  const [step, setStep] = useState<Step>('idle')
  const [fileName, setFileName] = useState('')
  const [fileID, setFileID] = useState('')
  const [report, setReport] = useState<ImportReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<{ written: number; text: string } | null>(null)

  const guard = useCallback(async (work: () => Promise<void>, failed: Step) => {
    setError(null)
    try {
      await work()
    } catch (err) {
      setError(isAppError(err) ? err.message : '操作失败，请重试')
      setStep(failed)
    }
  }, [])

  const pickAndCheck = useCallback(
    () =>
      guard(async () => {
        const file = await pickSpreadsheet()
        if (!file) return
        const ext = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx'
        setStep('checking')
        setFileName(file.name)
        setReport(null)
        setOutcome(null)
        const id = await uploadFor('import', file.path, { name: file.name }, ext)
        setFileID(id)
        setReport(await call('imports', 'validateImport', { fileID: id }))
        setStep('checked')
      }, 'idle'),
    [guard],
  )

  const runImport = useCallback(
    (validOnly: boolean) =>
      guard(async () => {
        setStep('importing')
        const res = await call('imports', 'runImport', { fileID, validOnly })
        setReport(res.report)
        setFileName(res.fileName)
        setOutcome({ written: res.written, text: res.outcome })
        setStep('done')
      }, 'checked'),
    [fileID, guard],
  )

  const downloadTemplate = useCallback(
    () =>
      guard(async () => {
        const { tempUrl, fileName: name } = await call('imports', 'getImportTemplate', {})
        await openDownloadedFile(tempUrl, 'xlsx', name)
      }, step),
    [guard, step],
  )

  return { step, fileName, report, error, outcome, pickAndCheck, runImport, downloadTemplate }
}
