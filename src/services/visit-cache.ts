import Taro from '@tarojs/taro'
import type { HouseholdDetail } from '@contract/api/visit-schemas'
import { call } from './client'
import { isNetworkError } from './network-error'

const key = (id: string) => `zhucun.visit.household.${id}`

/**
 * A household as last seen online. The visit form opens from it without signal: the household's
 * name and the last visit's form (the pre-fill) are what a cadre in the field needs.
 */
export async function loadHouseholdDetail(
  householdId: string,
): Promise<HouseholdDetail & { offline: boolean }> {
  try {
    const detail = await call('visit', 'getHousehold', { householdId })
    Taro.setStorageSync(key(householdId), detail)
    return { ...detail, offline: false }
  } catch (err) {
    const cached: unknown = Taro.getStorageSync(key(householdId))
    if (isNetworkError(err) && cached && typeof cached === 'object')
      return { ...(cached as HouseholdDetail), offline: true }
    throw err
  }
}
