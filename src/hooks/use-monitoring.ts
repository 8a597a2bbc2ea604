import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { isAppError } from '@contract/errors'
import { call } from '@/services/client'
import { openDownloadedFile } from '@/services/files'
import { useAsync } from './use-async'

const PAGE = '/packages/report/pages/monitoring/index'

/** 防返贫监测看板 of a unit (the caller's own scope when none is given). */
export function useMonitoring(unitId?: string) {
  return useAsync(() => call('report', 'getMonitoring', unitId ? { unitId } : {}))
}

/** The bottom of the drill-down: a village's households in monitoring. */
export function useMonitoredHouseholds(villageId: string) {
  return useAsync(() => call('report', 'listMonitoredHouseholds', { villageId }))
}

/** The national-layout xlsx: generated in the function, then opened or downloaded. */
export function useMonitoringExport(unitId: string) {
  const [message, setMessage] = useState('')
  const run = useCallback(async () => {
    setMessage('正在生成…')
    try {
      const r = await call('report', 'exportMonitoring', { unitId })
      setMessage(`已导出 ${r.fileName}：${r.rows} 户`)
      await openDownloadedFile(r.url, 'xlsx', r.fileName)
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '导出失败')
    }
  }, [unitId])
  return { run, message }
}

export const goMonitoring = {
  unit: (unitId: string) => void Taro.navigateTo({ url: `${PAGE}?unitId=${unitId}` }),
  household: (householdId: string) =>
    void Taro.navigateTo({ url: `/packages/visit/pages/household/index?id=${householdId}` }),
}
