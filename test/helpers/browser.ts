import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { PRIVACY_CONSENT_KEY, PRIVACY_GUIDE_VERSION } from '../../types/compliance/app-facts'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** A phone-sized viewport: the app is designed for 375 px wide screens. */
export const PHONE_VIEWPORT = { width: 375, height: 812 }
/** A common Android phone today (CSS pixels), for the offline journeys the issue names. */
export const PHONE_390 = { width: 390, height: 844 }

// Flags that keep Chromium quiet and offline: no sign-in, sync, update or QUIC probes leave the machine.
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface PhoneBrowser {
  context: BrowserContext
  page: Page
  /** Closes Chromium and deletes its profile folder. */
  close(): Promise<void>
}

/**
 * Starts the system Chromium (playwright's own download cannot work offline) with a fresh profile,
 * so no storage or identity leaks from one test into the next.
 */
export interface PhoneOptions {
  geolocation?: { latitude: number; longitude: number; accuracy?: number }
  /**
   * The user already agreed to the 隐私保护指引 (default): journeys about other features start past
   * the consent card, as a returning user would. The consent journey passes false.
   */
  privacyAgreed?: boolean
  viewport?: { width: number; height: number }
}

export async function launchPhoneBrowser(opts: PhoneOptions = {}): Promise<PhoneBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it: apt-get install -y chromium fonts-wqy-microhei (or set CHROMIUM_PATH).`,
    )
  }
  const profile = mkdtempSync(join(tmpdir(), 'zhucun-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: opts.viewport ?? PHONE_VIEWPORT,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    geolocation: opts.geolocation,
    permissions: opts.geolocation ? ['geolocation'] : [],
  })
  if (opts.privacyAgreed ?? true) {
    await context.addInitScript(
      ({ key, version }) => {
        try {
          // Taro's storage keeps values JSON-wrapped as { data }.
          window.localStorage.setItem(key, JSON.stringify({ data: version }))
        } catch {
          // about:blank has no storage
        }
      },
      { key: PRIVACY_CONSENT_KEY, version: PRIVACY_GUIDE_VERSION },
    )
  }
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
