import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Page } from 'playwright-core'
import { REPO_ROOT } from '../../emulator/local-cloud'
import { startLocalCloud, type RunningCloud, type StartOptions } from './local-cloud'
import { DEV_OPENID_KEY } from '../../config/early-call-names'
import { launchPhoneBrowser, type PhoneBrowser, type PhoneOptions } from './browser'

export interface Journey {
  cloud: RunningCloud
  browser: PhoneBrowser
  page: Page
}

/** A seeded local cloud serving the built H5 app, and a phone-sized Chromium to drive it. */
export async function openJourney(opts: StartOptions & PhoneOptions = {}): Promise<Journey> {
  if (!existsSync(join(REPO_ROOT, 'dist', 'h5', 'index.html')))
    throw new Error('dist/h5 is missing: run `npm run build:h5` first')
  const { geolocation, privacyAgreed, viewport, ...cloudOpts } = opts
  const cloud = await startLocalCloud({ seed: 'demo', ...cloudOpts })
  const browser = await launchPhoneBrowser({ geolocation, privacyAgreed, viewport })
  return { cloud, browser, page: browser.page }
}

export async function closeJourney(journey: Partial<Journey>): Promise<void> {
  await journey.browser?.close()
  await journey.cloud?.stop()
}

/**
 * A real JPEG for the camera's file chooser, drawn on a canvas in the page, so the app's compression
 * has pixels to work on.
 */
export async function writeCameraPhoto(
  page: Page,
  file: string,
  size = { width: 640, height: 480 },
): Promise<void> {
  const dataUrl = await page.evaluate(({ width, height }) => {
    const c = document.createElement('canvas')
    c.width = width
    c.height = height
    const g = c.getContext('2d')!
    g.fillStyle = '#4a7'
    g.fillRect(0, 0, width, height)
    g.fillStyle = '#fff'
    g.fillRect(width / 6, height / 5, width / 3, height / 3)
    return c.toDataURL('image/jpeg', 0.9)
  }, size)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, Buffer.from(dataUrl.split(',')[1], 'base64'))
}

/**
 * Opens `hash` in the app as `openid` through the H5 build's dev sign-in, or signed out when `openid`
 * is null. The reload makes the app start afresh under that identity.
 */
export async function openAs(
  page: Page,
  baseUrl: string,
  openid: string | null,
  hash = '/pages/home/index',
): Promise<void> {
  await page.goto(`${baseUrl}/`)
  await page.evaluate(
    ({ key, o }) => (o ? window.localStorage.setItem(key, o) : window.localStorage.clear()),
    { key: DEV_OPENID_KEY, o: openid },
  )
  await page.goto(`${baseUrl}/#${hash}`)
  await page.reload()
}
