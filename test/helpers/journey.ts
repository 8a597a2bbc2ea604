import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { REPO_ROOT } from '../../emulator/local-cloud'
import { startLocalCloud, type RunningCloud, type StartOptions } from './local-cloud'
import { launchPhoneBrowser, type PhoneBrowser } from './browser'

export interface Journey {
  cloud: RunningCloud
  browser: PhoneBrowser
  page: Page
}

/** A seeded local cloud serving the built H5 app, and a phone-sized Chromium to drive it. */
export async function openJourney(opts: StartOptions = {}): Promise<Journey> {
  if (!existsSync(join(REPO_ROOT, 'dist', 'h5', 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first')
  const cloud = await startLocalCloud({ seed: 'demo', ...opts })
  const browser = await launchPhoneBrowser()
  return { cloud, browser, page: browser.page }
}

export async function closeJourney(journey: Partial<Journey>): Promise<void> {
  await journey.browser?.close()
  await journey.cloud?.stop()
}
