import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { LocalCloud, REPO_ROOT } from '../../emulator/local-cloud'
import { createServer, listen } from '../../emulator/http/server'
import { seedScale } from '../../emulator/seed/load-seed'
import { buildFunctions } from '../../cloudfunctions/build'
import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../../types/api'
import type { Envelope } from '../../types/errors'

export interface StartOptions {
  seed?: 'demo' | 'none'
  /** Serve HTTP on a free loopback port (browser journeys, HTTP edge tests). */
  http?: boolean
  /** Pin the functions' clock (ISO instant), as `ZHUCUN_NOW`. */
  now?: string
  /** false: an environment without timer triggers (云函数 V2). */
  timerTriggers?: boolean
}

export interface RunningCloud {
  cloud: LocalCloud
  url: string
  /** Call an action as a WeChat user, typed by the contract; returns the envelope. */
  call<F extends FunctionName, A extends ActionName<F>>(
    fn: F,
    action: A,
    input: ActionInput<F, A>,
    openid: string,
  ): Promise<Envelope<ActionOutput<F, A>>>
  /** The same call with anything as input or action: for tests of what the contract refuses. */
  callRaw(fn: string, action: string, input: unknown, openid: string): Promise<unknown>
  stop(): Promise<void>
}

/** Function bundles are built by `npm test` first; a lone jest run builds them if missing. */
async function ensureFunctionsBuilt(): Promise<void> {
  if (!existsSync(join(REPO_ROOT, 'cloudfunctions', 'dist', 'org', 'index.js'))) await buildFunctions()
}

/** A fresh local cloud in a temp folder, seeded with the demo county unless told otherwise. */
export async function startLocalCloud(opts: StartOptions = {}): Promise<RunningCloud> {
  await ensureFunctionsBuilt()
  const cloud = LocalCloud.create({ timerTriggers: opts.timerTriggers })
  if (opts.now) cloud.invoker.env.ZHUCUN_NOW = opts.now
  if ((opts.seed ?? 'demo') === 'demo') seedScale(cloud.db, 'demo')
  const app = opts.http || opts.http === undefined ? createServer(cloud) : null
  const url = app ? await listen(app, cloud) : ''
  return {
    cloud,
    url,
    // The function checked its output against the same contract before answering (shared/dispatch.ts).
    call: <F extends FunctionName, A extends ActionName<F>>(
      fn: F,
      action: A,
      input: ActionInput<F, A>,
      openid: string,
    ) => cloud.call(fn, action, input, openid) as Promise<Envelope<ActionOutput<F, A>>>,
    callRaw: (fn, action, input, openid) => cloud.call(fn, action, input, openid),
    stop: async () => {
      if (app) await app.close()
      cloud.close()
    },
  }
}
