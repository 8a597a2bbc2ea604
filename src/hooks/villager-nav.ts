import Taro from '@tarojs/taro'

export const VILLAGER_URL = '/packages/notice/pages/villager/index'

/** From the unbound screen: villagers read notices without binding (kept tiny: it sits in the main package). */
export function goToVillagerNotices(): void {
  void Taro.navigateTo({ url: VILLAGER_URL })
}
