import { VILLAGER_URL } from '@/hooks/villager-nav'

/** The mini-program page a village's QR code opens (`v` = village code; see useVillagerNotices). */
export function villagerPath(villageCode: string): string {
  return `${VILLAGER_URL.replace(/^\//, '')}?v=${villageCode}`
}

/**
 * The browser link to the same page: this site's own address in the H5 build; in WeChat the county's
 * published H5 address (TARO_APP_VILLAGER_H5), or none — a 小程序码 needs WeChat's servers, which an
 * offline phone cannot reach, so the path is shown for the console's 获取小程序码 tool instead.
 */
export function villagerH5Link(villageCode: string): string | null {
  const hashPath = `#/${villagerPath(villageCode)}`
  if (process.env.TARO_ENV === 'h5') return `${window.location.origin}${window.location.pathname}${hashPath}`
  const base = process.env.TARO_APP_VILLAGER_H5
  return base ? `${base.replace(/[#/]*$/, '/')}${hashPath}` : null
}
