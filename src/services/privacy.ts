import Taro from '@tarojs/taro'
import { AppError } from '@contract/errors'
import {
  DEVICE_PERMISSIONS,
  PRIVACY_CONSENT_KEY,
  PRIVACY_GUIDE_VERSION,
} from '@contract/compliance/app-facts'
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

// WeChat's answer, asked once at start and kept: when consent is known to be given, the device API is
// called synchronously, still inside the user's tap (as WeChat wants for its own prompts).
let weappNeedsConsent: boolean | null = null

function askPlatform(): Promise<boolean> {
  const answer =
    typeof Taro.getPrivacySetting !== 'function'
      ? Promise.resolve(false) // base library < 2.32.3 has no privacy flow
      : new Promise<boolean>((resolve) => {
          Taro.getPrivacySetting({
            success: (res) => resolve(res.needAuthorization),
            fail: () => resolve(false),
          })
        })
  return answer.then((need) => (weappNeedsConsent = need))
}

if (isWeapp) void askPlatform()

/** WeChat: the platform's answer (null while unknown); browser: our own record. */
function knownNeedsConsent(): boolean | null {
  return isWeapp ? weappNeedsConsent : Taro.getStorageSync(PRIVACY_CONSENT_KEY) !== PRIVACY_GUIDE_VERSION
}

/** Records an agreement (WeChat records its own when its agree button is tapped; we only stop asking). */
export function recordConsent(): void {
  if (isWeapp) weappNeedsConsent = false
  else Taro.setStorageSync(PRIVACY_CONSENT_KEY, PRIVACY_GUIDE_VERSION)
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
  if (res.confirm) recordConsent()
  return res.confirm
}

/**
 * Call before the location, camera or album API: `const asked = ensurePrivacyConsent(x); if (asked)
 * await asked`. Nothing to wait for (undefined) when consent is known to be given. Refusal rejects
 * with a clear error for this one action; nothing else in the app depends on consent.
 */
export function ensurePrivacyConsent(need: PrivacyNeed): Promise<void> | undefined {
  const permission = DEVICE_PERMISSIONS.find((p) => p.key === need)
  const known = knownNeedsConsent()
  if (!permission || known === false) return undefined
  return (known === null ? askPlatform() : Promise.resolve(true)).then(async (needed) => {
    if (!needed || (await ask(permission))) return
    throw new AppError(
      'failed-precondition',
      `未同意隐私保护指引，暂不能使用${permission.label}；${permission.ifRefused}`,
    )
  })
}
