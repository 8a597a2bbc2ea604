import { existsSync, readdirSync, readFileSync } from 'node:fs'
import Module from 'node:module'
import { isAbsolute, join, resolve } from 'node:path'

export interface TimerTrigger {
  name: string
  type: 'timer'
  /** WeChat's 7-field cron: second minute hour day month weekday year, in UTC+8. */
  config: string
}

export interface FunctionConfig {
  /** CloudBase runtime name: Nodejs24.11 exists in V1 and 云函数 V2 (which runs Node 24 only). */
  runtime?: string
  timeout?: number
  permissions?: { openapi?: string[] }
  triggers?: TimerTrigger[]
}

export type FunctionMain = (event: unknown, context: Record<string, unknown>) => unknown

export interface LoadedFunction {
  name: string
  dir: string
  main: FunctionMain
  config: FunctionConfig
}

export class FunctionNotFoundError extends Error {
  constructor(ref: string) {
    super(`云函数不存在：${ref}`)
    this.name = 'FunctionNotFoundError'
  }
}

const SDK_ENTRY = require.resolve('wx-server-sdk')
type ResolveFilename = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string
let resolverInstalled = false

/**
 * A function folder written elsewhere may carry its own node_modules/wx-server-sdk. Every function
 * must share the one copy whose transport the local cloud replaced, or its calls would go to the
 * network.
 */
function shareOneSdk(): void {
  if (resolverInstalled) return
  resolverInstalled = true
  const mod = Module as unknown as { _resolveFilename: ResolveFilename }
  const original = mod._resolveFilename
  mod._resolveFilename = function (request, parent, isMain, options) {
    if (request === 'wx-server-sdk') return SDK_ENTRY
    return original.call(this, request, parent, isMain, options)
  }
}

/** Loads the built function folders, the same files WeChat DevTools uploads. */
export class FunctionHost {
  private readonly cache = new Map<string, LoadedFunction>()

  constructor(readonly functionsDir: string) {
    shareOneSdk()
  }

  /** Names of the function folders under functionsDir. */
  list(): string[] {
    if (!existsSync(this.functionsDir)) return []
    return readdirSync(this.functionsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(this.functionsDir, d.name, 'index.js')))
      .map((d) => d.name)
      .sort()
  }

  /** A ref is a function name under functionsDir, or a path to any WeChat cloud function folder. */
  dirOf(ref: string): string {
    const looksLikePath = ref.includes('/') || ref.includes('\\') || ref.startsWith('.')
    if (looksLikePath) return isAbsolute(ref) ? ref : resolve(process.cwd(), ref)
    if (!/^[A-Za-z][\w-]{0,59}$/.test(ref)) throw new FunctionNotFoundError(ref)
    return join(this.functionsDir, ref)
  }

  load(ref: string): LoadedFunction {
    const dir = this.dirOf(ref)
    const cached = this.cache.get(dir)
    if (cached) return cached
    const entry = join(dir, 'index.js')
    if (!existsSync(entry)) throw new FunctionNotFoundError(ref)
    const loaded = require(entry) as { main?: FunctionMain }
    if (typeof loaded.main !== 'function') throw new Error(`${entry} 没有导出 main 函数`)
    const configFile = join(dir, 'config.json')
    const config = existsSync(configFile)
      ? (JSON.parse(readFileSync(configFile, 'utf8')) as FunctionConfig)
      : {}
    const name = dir.split(/[\\/]/).filter(Boolean).pop() ?? ref
    const fn: LoadedFunction = { name, dir, main: loaded.main, config }
    this.cache.set(dir, fn)
    return fn
  }

  /** Forget loaded bundles so a rebuild is picked up (a cold start, as after a deploy). */
  reload(): void {
    for (const fn of this.cache.values()) delete require.cache[join(fn.dir, 'index.js')]
    this.cache.clear()
  }
}
