import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionOutput } from '@contract/api'
import type { HouseholdRow } from '@contract/api/visit-schemas'
import { isAppError } from '@contract/errors'
import { call } from '@/services/client'
import { openDownloadedFile } from '@/services/files'
import { loadHouseholdDetail } from '@/services/visit-cache'
import { useAsync } from './use-async'
import type { NameSearch } from '@contract/domain/name-search'
import { usePaged } from './use-paged'

export const VISIT_PKG = '/packages/visit/pages'
export const goVisit = (page: string, query = '') =>
  void Taro.navigateTo({ url: `${VISIT_PKG}/${page}/index${query ? `?${query}` : ''}` })

/** Households to visit: mine (no village) or a village's; searched by the head's name. */
export function useHouseholdList(filter: { villageId?: string; search: NameSearch; unvisitedOnly: boolean }) {
  const [period, setPeriod] = useState('')
  const list = usePaged<HouseholdRow>(async (offset, limit) => {
    const page = await call('visit', 'listHouseholdVisits', {
      villageId: filter.villageId,
      ...filter.search,
      unvisitedOnly: filter.unvisitedOnly,
      offset,
      limit,
    })
    setPeriod(page.periodLabel)
    return {
      items: page.items,
      skipped: page.skipped,
      hasMore: offset + page.items.length + page.skipped < page.total,
    }
  }, JSON.stringify(filter))
  return { ...list, period }
}

export function useHousehold(householdId: string) {
  const { state, reload } = useAsync(() => loadHouseholdDetail(householdId))
  const [code, setCode] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  const issueCard = useCallback(async () => {
    try {
      setCode((await call('visit', 'issueCard', { householdId })).code)
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '生成失败')
    }
  }, [householdId])
  return { state, reload, code, issueCard, message }
}

export type Coverage = ActionOutput<'visit', 'getCoverage'>

/** Coverage of a unit (supervisors, the village team) or of my own households (pairing cadres). */
export function useCoverage(opts: { mine: boolean; unitId?: string; period?: string }) {
  const { state, reload } = useAsync(() =>
    opts.mine
      ? call('visit', 'getMyCoverage', { period: opts.period })
      : call('visit', 'getCoverage', { unitId: opts.unitId, period: opts.period }),
  )
  const [message, setMessage] = useState('')
  const exportXlsx = useCallback(async () => {
    setMessage('正在生成…')
    try {
      const r = await call('visit', 'exportVisits', { unitId: opts.unitId, period: opts.period })
      setMessage(`已导出 ${r.fileName}：${r.visits} 次走访、${r.households} 户`)
      await openDownloadedFile(r.url, 'xlsx', r.fileName)
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '导出失败')
    }
  }, [opts.unitId, opts.period])
  return { state, reload, exportXlsx, message }
}

export function useCard(code: string) {
  return useAsync(() => (code ? call('visit', 'getCard', { code }) : Promise.resolve(null)))
}

export function useSharedVisits() {
  return usePaged(async (offset, limit) => {
    const page = await call('visit', 'listSharedVisits', { offset, limit })
    return {
      items: page.items,
      skipped: page.skipped,
      hasMore: offset + page.items.length + page.skipped < page.total,
    }
  }, 'shared')
}
