import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { isAppError } from '@contract/errors'
import { call } from '@/services/client'
import { openDownloadedFile } from '@/services/files'
import { useAsync } from './use-async'

const PKG = '/packages/report/pages'

/** A scope's dashboard (the caller's own scope when no unit is given), in one call. */
export function useDashboard(unitId?: string) {
  return useAsync(() => call('report', 'getDashboard', unitId ? { unitId } : {}))
}

export function useVillageCadres(villageId: string) {
  return useAsync(() => call('report', 'listVillageCadres', { villageId }))
}

/** 月度材料: generated in the function, opened (WeChat) or downloaded (browser). */
export function useBundleExport(unitId: string, month: string) {
  const [message, setMessage] = useState('')
  const run = useCallback(async () => {
    setMessage('正在生成…')
    try {
      const r = await call('report', 'exportBundle', { unitId, month })
      setMessage(
        `已导出 ${r.fileName}：驻村记实 ${r.rows.presence} 行、走访覆盖 ${r.rows.visits} 行、整改台账 ${r.rows.rectify} 行`,
      )
      await openDownloadedFile(r.url, 'xlsx', r.fileName)
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '导出失败')
    }
  }, [unitId, month])
  return { run, message }
}

/** Drill-downs: deeper dashboards here, the lists behind each figure in their own feature pages. */
export const goReport = {
  unit: (unitId: string) => void Taro.navigateTo({ url: `${PKG}/dashboard/index?unitId=${unitId}` }),
  cadres: (villageId: string) => void Taro.navigateTo({ url: `${PKG}/cadres/index?villageId=${villageId}` }),
  cadreMonth: (personId: string, month?: string) =>
    void Taro.navigateTo({
      url: `/packages/presence/pages/calendar/index?personId=${personId}${month ? `&month=${month}` : ''}`,
    }),
  coverage: (unitId: string) =>
    void Taro.navigateTo({ url: `/packages/visit/pages/coverage/index?unitId=${unitId}` }),
  ledger: (level: string, unitId: string, overdue: boolean) =>
    void Taro.navigateTo({
      url: `/packages/rectify/pages/ledger/index?${level === 'village' ? 'villageId' : level === 'township' ? 'townshipId' : 'all'}=${unitId}${overdue ? '&overdue=1' : ''}`,
    }),
}
