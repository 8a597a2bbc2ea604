/**
 * Walks pages of a weapp build as several users and collects what WeChat would get wrong: exceptions
 * and unhandled rejections, code generated from strings, templates missing from base.wxml, `wx` names
 * the platform lacks, `setData` payloads over the budget, and pages that never show their phrase.
 */
import { join } from 'node:path'
import { Problems, type Problem } from './problems'
import { WeappApp, type OpenPage } from './weapp-app'
import { WxmlRenderer } from './wxml-renderer'

export interface PageSpec {
  route: string
  /** Openids that open this page; the first must see `text`. */
  as: string[]
  query?: Record<string, string>
  /** Chinese text the page must render for its first user. */
  text: string
  /** Steps after the page shows its text (taps, input), as its first user. */
  then?: (app: WeappApp, page: OpenPage) => Promise<void>
}

export interface WalkOptions {
  distDir: string
  cacheDir: string
  pages: PageSpec[]
  /** Answers `wx.cloud.callFunction` as `openid`. */
  callFunction(openid: string, name: string, data: unknown): Promise<unknown>
  /** Largest `setData` payload allowed, in bytes. */
  budgetBytes: number
  now?: Date
  /** Runs after the page walk, with a fresh user; for journeys across pages. */
  journeys?: Array<{ name: string; run: (open: (openid: string) => Promise<WeappApp>) => Promise<void> }>
  verbose?: boolean
  /** How long a page may take to show its text. */
  textTimeoutMs?: number
}

export interface WalkResult {
  problems: Problem[]
  /** Page visits made (page × user), plus journeys. */
  checks: number
  /** Largest `setData` payload per route, in bytes, and who saw it. */
  largest: Map<string, { bytes: number; as: string }>
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function walkWeapp(opts: WalkOptions): Promise<WalkResult> {
  const problems = new Problems(opts.verbose)
  const largest = new Map<string, { bytes: number; as: string }>()
  const onRejection = (reason: unknown) => problems.exception('unhandled rejection', reason)
  process.on('unhandledRejection', onRejection)
  let checks = 0
  try {
    const renderer = new WxmlRenderer(opts.distDir, join(opts.cacheDir, 'weapp-harness'))
    const launch = async (openid: string) => {
      const app = new WeappApp({
        distDir: opts.distDir,
        renderer,
        problems,
        now: opts.now,
        callFunction: (name, data) => opts.callFunction(openid, name, data),
      })
      problems.where = `app.js as ${openid || 'anonymous'}`
      await app.launch()
      return app
    }
    const users = [...new Set(opts.pages.flatMap((p) => p.as))]
    for (const openid of users) {
      const app = await launch(openid)
      for (const spec of opts.pages.filter((p) => p.as.includes(openid))) {
        checks += 1
        problems.where = `${spec.route} as ${openid || 'anonymous'}`
        const t0 = Date.now()
        const page = await app.open(spec.route, spec.query ?? {})
        const t1 = Date.now()
        if (spec.as[0] === openid) {
          const shown = await waitForText(app, page, spec.text, opts.textTimeoutMs ?? 5000)
          if (!shown)
            problems.add(
              'text-missing',
              `“${spec.text}” never rendered; the page shows: ${app.text(page).slice(0, 160)}`,
            )
          await app.settle()
          if (shown && spec.then)
            await spec.then(app, page).catch((err: unknown) => problems.exception('steps', err))
        }
        app.render(page)
        const seen = largest.get(spec.route)
        if (!seen || page.maxSetData > seen.bytes)
          largest.set(spec.route, { bytes: page.maxSetData, as: openid })
        if (page.maxSetData > opts.budgetBytes) {
          problems.add(
            'set-data-budget',
            `a setData of ${(page.maxSetData / 1024).toFixed(1)} KB, over ${(opts.budgetBytes / 1024).toFixed(0)} KB`,
          )
        }
        app.close(page)
        if (opts.verbose)
          console.log(`${spec.route} as ${openid}: opened in ${t1 - t0} ms, done in ${Date.now() - t0} ms`)
      }
    }
    for (const journey of opts.journeys ?? []) {
      checks += 1
      problems.where = `journey: ${journey.name}`
      await journey
        .run(async (openid) => {
          const app = await launch(openid)
          problems.where = `journey: ${journey.name}`
          return app
        })
        .catch((err: unknown) => problems.exception('journey', err))
    }
    await sleep(20)
  } finally {
    process.off('unhandledRejection', onRejection)
  }
  return { problems: problems.list, checks, largest }
}

export async function waitForText(
  app: WeappApp,
  page: OpenPage,
  text: string,
  timeoutMs: number,
): Promise<boolean> {
  const started = Date.now()
  for (;;) {
    if (app.text(page).includes(text)) return true
    if (Date.now() - started > timeoutMs) return false
    await sleep(25)
  }
}
