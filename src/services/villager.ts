import Taro from '@tarojs/taro'
import { getDevOpenid, setDevOpenid, supportsDevIdentity } from './identity'
import { uuid } from './uuid'

const VILLAGE_KEY = 'zhucun.villageCode'

/** The village a villager picked once (or came with from a QR code), remembered on the phone. */
export function rememberedVillage(): string | null {
  try {
    const code = Taro.getStorageSync(VILLAGE_KEY) as unknown
    return typeof code === 'string' && /^\d{6,20}$/.test(code) ? code : null
  } catch {
    return null
  }
}

export function rememberVillage(code: string): void {
  try {
    Taro.setStorageSync(VILLAGE_KEY, code)
  } catch {
    // Storage full or forbidden: the villager picks again next time.
  }
}

/**
 * WeChat gives every villager an OPENID; the browser build has none until one is chosen, so a
 * villager there gets a throwaway local one (rate limits of objections count per OPENID).
 */
export function ensureVillagerIdentity(): void {
  if (supportsDevIdentity && !getDevOpenid())
    setDevOpenid(`villager-${uuid().replace(/-/g, '').slice(0, 12)}`)
}
