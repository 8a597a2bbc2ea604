import { useCallback, useState } from 'react'
import type { WarningDepartment } from '@contract/domain/monitoring'
import type { ActionOutput } from '@contract/api'
import { AppError } from '@contract/errors'
import { call } from '@/services/client'
import { uploadFor } from '@/services/uploads'
import { openDownloadedFile } from '@/services/files'
import { pickSpreadsheet } from '@/services/pick-file'
import { useBusy } from './use-busy'

type Outcome = ActionOutput<'monitor', 'importWarnings'>

/**
 * A department's 预警名单 as its xlsx: pick, upload (registered as an import, under the file's own
 * name), and the server reads, checks and imports it in one go — a file with a bad row changes nothing.
 */
export function useWarningImport() {
  const [department, setDepartment] = useState<WarningDepartment>('medical_insurance')
  const [fileName, setFileName] = useState('')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const { busy, message, run } = useBusy()

  const pickAndImport = useCallback(async () => {
    const file = await pickSpreadsheet()
    if (!file) return
    setFileName(file.name)
    setOutcome(null)
    const res = await run(
      async () => {
        if (!/\.xlsx$/i.test(file.name)) throw new AppError('invalid-argument', '预警名单请上传 xlsx 文件')
        const fileID = await uploadFor('import', file.path, { name: file.name }, 'xlsx')
        return call('monitor', 'importWarnings', { department, fileID })
      },
      (o) => o.outcome,
    )
    if (res) setOutcome(res)
  }, [department, run])

  const downloadTemplate = useCallback(
    () =>
      run(async () => {
        const { tempUrl, fileName: name } = await call('monitor', 'getWarningTemplate', {})
        await openDownloadedFile(tempUrl, 'xlsx', name)
      }),
    [run],
  )

  return { department, setDepartment, fileName, outcome, busy, message, pickAndImport, downloadTemplate }
}
