import { mkdirSync } from 'node:fs'
import { makeScratchDir, removeScratchDir } from './scratch-dir'
import { join, resolve } from 'node:path'
import { LocalDatabase, loadCollections } from './db/local-database'
import { installDbTransport } from './sdk/db-transport'
import { FileStore } from './storage/file-store'
import { Outbox } from './openapi/outbox'
import { FunctionHost } from './host/function-host'
import { Invoker, type Identity } from './host/invoker'
import { installEnvOverlay } from './host/env-overlay'
import { installPlatform } from './host/platform'
import { currentInvocation } from './host/invocation-context'
import { TimerScheduler } from './timers/scheduler'
import { DEV_DATA_KEY } from './seed/dev-key'

export const REPO_ROOT = resolve(__dirname, '..')
export const DEFAULT_FUNCTIONS_DIR = join(REPO_ROOT, 'cloudfunctions', 'dist')
export const DEFAULT_DATA_DIR = join(REPO_ROOT, '.data')

export interface LocalCloudOptions {
  /** Folder for the SQLite file, stored files and the outbox; a temp folder when omitted. */
  dataDir?: string
  functionsDir?: string
  envId?: string
  appid?: string
  /** Start the timer triggers of every function (npm start does; tests fire them on demand). */
  timers?: boolean
  /**
   * false plays an environment without timer triggers (云函数 V2): none fire, and the functions run
   * their daily jobs from the catch-up paths. Otherwise they are told the timers run (ZHUCUN_TIMERS).
   */
  timerTriggers?: boolean
}

let active: LocalCloud | null = null

function running(): LocalCloud {
  if (!active) throw new Error('本地云未运行')
  return active
}

/**
 * The local cloud: the built functions run with the real wx-server-sdk, whose database transport,
 * storage, openapi and function calls are served here, offline. One per process.
 */
export class LocalCloud {
  readonly db: LocalDatabase
  readonly store: FileStore
  readonly outbox: Outbox
  readonly host: FunctionHost
  readonly invoker: Invoker
  readonly timers: TimerScheduler
  readonly dataDir: string
  /** A folder this cloud made for itself is removed when it closes; a folder it was given is kept. */
  private readonly scratch: boolean
  baseUrl = 'http://127.0.0.1'

  private constructor(opts: LocalCloudOptions) {
    this.scratch = !opts.dataDir
    this.dataDir = opts.dataDir ? resolve(opts.dataDir) : makeScratchDir('cloud')
    mkdirSync(this.dataDir, { recursive: true })
    this.db = new LocalDatabase({ file: join(this.dataDir, 'db.sqlite'), collections: loadCollections() })
    this.db.onRequest = (info) => {
      const inv = currentInvocation()
      if (!inv) return
      inv.dbRequests += 1
      inv.docsExamined += info.examined
      inv.docsReturned += info.returned
    }
    this.store = new FileStore(join(this.dataDir, 'storage'))
    this.outbox = new Outbox(join(this.dataDir, 'outbox.jsonl'))
    this.host = new FunctionHost(opts.functionsDir ?? DEFAULT_FUNCTIONS_DIR)
    this.invoker = new Invoker(this.host, {
      envId: opts.envId ?? 'local',
      appid: opts.appid ?? 'wx-local-zhucun',
    })
    // An invocation's writes commit with those of others settling at the same time, before its answer leaves.
    this.db.writeOwner = () => currentInvocation()
    this.invoker.settle = (inv) => this.db.settle(inv)
    // The functions' environment configuration, as the WeChat console would hold it.
    this.invoker.env.ZHUCUN_DATA_KEY = DEV_DATA_KEY
    // A trigger runs as the platform runs it: no user, SOURCE wx_trigger.
    this.timers = new TimerScheduler(this.host, (fn, event) =>
      this.invoker.invoke(fn, event, { openid: '', source: 'wx_trigger' }),
    )
    this.timers.enabled = opts.timerTriggers !== false
    if (this.timers.enabled) this.invoker.env.ZHUCUN_TIMERS = 'on'
  }

  static create(opts: LocalCloudOptions = {}): LocalCloud {
    if (active) throw new Error('本进程中已有一个本地云在运行')
    installEnvOverlay()
    const cloud = new LocalCloud(opts)
    active = cloud
    installDbTransport(() => cloud.db)
    const sdk = require('wx-server-sdk') as Record<string, unknown>
    // The running cloud, not this one: code that copied `openapi` off the SDK when it was imported
    // (a transpiled `import * as`) keeps reaching whichever local cloud runs now, never the network.
    installPlatform(sdk, {
      invoker: () => running().invoker,
      store: () => running().store,
      outbox: () => running().outbox,
      baseUrl: () => running().baseUrl,
    })
    if (opts.timers) cloud.timers.start()
    return cloud
  }

  invoke(fn: string, event: unknown, identity: Identity, env?: Record<string, string>): Promise<unknown> {
    return this.invoker.invoke(fn, event, identity, env)
  }

  /** Call an action of this app as a WeChat user (openid '' is an anonymous villager). */
  call(
    fn: string,
    action: string,
    input: unknown,
    openid: string,
    env?: Record<string, string>,
  ): Promise<unknown> {
    return this.invoke(fn, { action, input }, { openid }, env)
  }

  close(): void {
    this.timers.stop()
    this.db.close()
    if (this.scratch) removeScratchDir(this.dataDir)
    if (active === this) active = null
  }
}
