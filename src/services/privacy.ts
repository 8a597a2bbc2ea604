import Taro from '@tarojs/taro'
import { AppError } from '@contract/errors'
import { DEVICE_PERMISSIONS, PRIVACY_CONSENT_KEY, PRIVACY_GUIDE_VERSION } from '@contract/compliance/app-facts'
import type { DevicePermission } from '@contract/compliance/declaration'

export type PrivacyNeed = DevicePermission['key']

/** Shows the consent card on the current page; resolves true when the user agrees. */
export type ConsentPresenter = (permission: DevicePermission) => Promise<boolean>

interface Registered {
  page: string
  present: ConsentPresenter
}

// Cards of every live page (tab pages stay alive when hidden): the one on the shown page answers.
const presenters: Registered[] = []

/** The shown page's path: Taro updates the current instance each time a page shows. */
function shownPage(): string {
  return (Taro.getCurrentInstance().router?.path ?? '').replace(/\?.*$/, '').replace(/^\//, '')
}

export function registerConsentPresenter(present: ConsentPresenter): () => void {
  const entry = { page: shownPage(), present }
  presenters.push(entry)
  return () => {
    const i = presenters.indexOf(entry)
    if (i >= 0) presenters.splice(i, 1)
  }
}

export const isWeapp = process.env.TARO_ENV === 'weapp'

/** WeChat: the platform knows (getPrivacySetting, base library ≥ 2.32.3); browser: our own record. */
async function needsConsent(): Promise<boolean> {
  if (isWeapp) {
    if (typeof Taro.getPrivacySetting !== 'function') return false
    return new Promise((resolve) => {
      Taro.getPrivacySetting({ success: (res) => resolve(res.needAuthorization), fail: () => resolve(false) })
    })
  }
  return Taro.getStorageSync(PRIVACY_CONSENT_KEY) !== PRIVACY_GUIDE_VERSION
}

/** Remembers the browser user's agreement (WeChat records it itself when the agree button is tapped). */
export function recordBrowserConsent(): void {
  if (!isWeapp) Taro.setStorageSync(PRIVACY_CONSENT_KEY, PRIVACY_GUIDE_VERSION)
}

async function ask(permission: DevicePermission): Promise<boolean> {
  const page = shownPage()
  const presenter = [...presenters].reverse().find((r) => r.page === page)
  if (presenter) return presenter.present(permission)
  // A page without the card: a plain modal, then WeChat's own privacy popup when the API runs.
  const res = await Taro.showModal({
    title: '隐私保护提示',
    content: `${permission.purpose}。拒绝后：${permission.ifRefused}。详见“我的 → 隐私保护指引”。`,
    confirmText: '同意',
    cancelText: '拒绝',
  })
  if (res.confirm) recordBrowserConsent()
  return res.confirm
}

/**
 * Call before the location, camera or album API. Refusal throws a clear error for this one action;
 * nothing else in the app depends on consent.
 */
export async function ensurePrivacyConsent(need: PrivacyNeed): Promise<void> {
  const permission = DEVICE_PERMISSIONS.find((p) => p.key === need)
  if (!permission || !(await needsConsent())) return
  if (await ask(permission)) return
  throw new AppError('failed-precondition', `未同意隐私保护指引，暂不能使用${permission.label}；${permission.ifRefused}`)
}
