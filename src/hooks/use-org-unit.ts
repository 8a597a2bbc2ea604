import Taro from '@tarojs/taro'
import type { ActionOutput } from '@contract/api'
import { call } from '@/services/client'
import { useAsync } from './use-async'

export type UnitList = ActionOutput<'org', 'listUnits'>
export type UnitDetail = ActionOutput<'org', 'getUnit'>

export const TREE_URL = '/packages/org/pages/tree/index'
export const PEOPLE_URL = '/packages/org/pages/people/index'

export function goToUnit(unitId?: string): void {
  void Taro.navigateTo({ url: unitId ? `${TREE_URL}?unitId=${unitId}` : TREE_URL })
}

export function goToPeople(unitId: string): void {
  void Taro.navigateTo({ url: `${PEOPLE_URL}?unitId=${unitId}` })
}

/** One level of the org tree: the unit's detail and its children, or the caller's scope roots. */
export function useOrgUnit(unitId: string | undefined) {
  return useAsync(async () => {
    if (!unitId) return { detail: null, children: await call('org', 'listUnits', {}) }
    const [detail, children] = await Promise.all([
      call('org', 'getUnit', { unitId }),
      call('org', 'listUnits', { parentId: unitId }),
    ])
    return { detail, children }
  })
}
