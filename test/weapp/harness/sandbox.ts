/**
 * WeChat's logic layer, as far as a mini-program's JavaScript can tell: each file runs in a module
 * wrapper with its own `require`, there is no `window`/`document`/`navigator`, code generation from
 * strings throws (`eval`, `new Function`), and the globals are `wx`, `App`, `Page`, `Component`,
 * `getApp`, `getCurrentPages` and timers.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import vm from 'node:vm'
import type { Problems } from './problems'

export interface AppInstance {
  onLaunch?(options: object): void
  onShow?(options: object): void
  [key: string]: unknown
}

export type PageOptions = Record<string, unknown> & { data?: Record<string, unknown> }

export interface PageInstance {
  route: string
  __route__: string
  options: Record<string, string>
  data: Record<string, unknown>
  setData(data: Record<string, unknown>, callback?: () => void): void
  [key: string]: unknown
}

export interface SandboxOptions {
  distDir: string
  wx: object
  problems: Problems
  /** Pins the app's clock (`Date.now()`, `new Date()`) to this instant. */
  now?: Date
  getCurrentPages(): PageInstance[]
}

/** Runs in the context first: counts every try at code generation before the platform refuses it. */
const PRELUDE = `
(function (record) {
  var RealFunction = Function
  var realEval = eval
  globalThis.Function = new Proxy(RealFunction, {
    apply: function (t, self, args) { record('Function(' + String(args[args.length - 1]).slice(0, 60) + ')'); return Reflect.apply(t, self, args) },
    construct: function (t, args) { record('new Function(' + String(args[args.length - 1]).slice(0, 60) + ')'); return Reflect.construct(t, args) },
  })
  globalThis.eval = function (src) { record('eval(' + String(src).slice(0, 60) + ')'); return realEval(src) }
})`

const PINNED_DATE = `
(function (nowMs) {
  var RealDate = Date
  var offset = nowMs - RealDate.now()
  function PinnedDate() {
    if (!new.target) return new RealDate(RealDate.now() + offset).toString()
    if (arguments.length === 0) return new RealDate(RealDate.now() + offset)
    return new (Function.prototype.bind.apply(RealDate, [null].concat([].slice.call(arguments))))()
  }
  PinnedDate.prototype = RealDate.prototype
  PinnedDate.now = function () { return RealDate.now() + offset }
  PinnedDate.UTC = RealDate.UTC
  PinnedDate.parse = RealDate.parse
  globalThis.Date = PinnedDate
})`

export class WeappSandbox {
  readonly context: vm.Context
  app: AppInstance | null = null
  readonly pages = new Map<string, PageOptions>()
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly distDir: string
  private readonly problems: Problems

  constructor(opts: SandboxOptions) {
    this.distDir = opts.distDir
    this.problems = opts.problems
    const problems = opts.problems
    const guard =
      <A extends unknown[]>(what: string, fn: (...args: A) => void) =>
      (...args: A) => {
        try {
          fn(...args)
        } catch (err) {
          problems.exception(what, err)
        }
      }
    const globals: Record<string, unknown> = {
      wx: opts.wx,
      console: problems.console,
      App: (options: AppInstance) => {
        this.app = options
      },
      Page: (options: PageOptions) => {
        this.pages.set(this.loading ?? '?', options)
      },
      Component: () => undefined,
      Behavior: (options: object) => options,
      getApp: () => this.app,
      getCurrentPages: opts.getCurrentPages,
      requirePlugin: (name: string) =>
        problems.add('exception', `requirePlugin('${name}'): no plugin is declared`),
      setTimeout: (fn: () => void, ms?: number, ...args: unknown[]) =>
        setTimeout(guard('setTimeout callback', fn), ms, ...args),
      setInterval: (fn: () => void, ms?: number, ...args: unknown[]) =>
        setInterval(guard('setInterval callback', fn), ms, ...args),
      clearTimeout,
      clearInterval,
    }
    this.context = vm.createContext(globals, {
      name: 'weapp',
      codeGeneration: { strings: false, wasm: false },
    })
    const record = (what: string) => problems.add('eval', `code generated from a string: ${what}`)
    ;(vm.runInContext(PRELUDE, this.context) as (r: (w: string) => void) => void)(record)
    if (opts.now) (vm.runInContext(PINNED_DATE, this.context) as (ms: number) => void)(opts.now.getTime())
  }

  private loading: string | null = null

  /** `require` as WeChat resolves it: relative to the requiring file, `.js` optional. */
  require(file: string): unknown {
    const rel = normalize(file.endsWith('.js') ? file : `${file}.js`)
    const cached = this.modules.get(rel)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    this.modules.set(rel, module)
    const source = readFileSync(join(this.distDir, rel), 'utf8')
    const wrapped = `(function (require, module, exports, window, document, navigator, XMLHttpRequest, global) {${source}\n})`
    const fn = new vm.Script(wrapped, { filename: join(this.distDir, rel) }).runInContext(this.context) as (
      ...args: unknown[]
    ) => void
    const localRequire = (spec: string) =>
      this.require(relative(this.distDir, join(this.distDir, dirname(rel), spec)))
    fn.call(
      module.exports,
      localRequire,
      module,
      module.exports,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    )
    return module.exports
  }

  loadApp(): AppInstance {
    this.loading = 'app'
    this.require('app.js')
    if (!this.app) throw new Error('app.js did not call App()')
    return this.app
  }

  /** Loads a page's file once and returns the options it gave to `Page()` (a failure is a problem). */
  loadPage(route: string): PageOptions {
    const known = this.pages.get(route)
    if (known) return known
    this.loading = route
    try {
      this.require(`${route}.js`)
    } catch (err) {
      this.problems.exception(`loading ${route}.js`, err)
    }
    this.loading = null
    const options = this.pages.get(route)
    if (options) return options
    this.problems.add('exception', `${route}.js did not call Page()`)
    const empty: PageOptions = { data: { root: { cn: [] } } }
    this.pages.set(route, empty)
    return empty
  }
}
