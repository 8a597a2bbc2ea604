import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'
import { call } from '@/services/client'
import { openDownloadedFile } from '@/services/files'
import { useAsync } from './use-async'

/** The supervisor's today view for their scope, or one village's cadres. */
export function useToday(villageId?: string) {
  return useAsync(() => call('presence', 'getToday', villageId ? { villageId } : {}))
}

export type ExportState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; rows: number; url: string }
  | { status: 'failed'; message: string }

/** The monthly 驻村工作记实: generated in the function, then opened from its temporary URL. */
export function useExportMonth() {
  const [state, setState] = useState<ExportState>({ status: 'idle' })
  const run = useCallback(async (month: string, townshipId?: string) => {
    setState({ status: 'busy' })
    try {
      const res = await call('presence', 'exportMonth', townshipId ? { month, townshipId } : { month })
      setState({ status: 'done', rows: res.rows, url: res.url })
      await openDownloadedFile(res.url, 'xlsx', res.fileName)
    } catch (err) {
      setState({ status: 'failed', message: isAppError(err) ? err.message : '导出失败，请重试' })
    }
  }, [])
  return { state, run }
}
