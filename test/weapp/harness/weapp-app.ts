/**
 * One WeChat user running the built mini-program: the app launched in the sandbox, pages opened from
 * `app.json` routes through their lifecycle, taps and input sent as WeChat sends them, every `setData`
 * applied, measured and rendered through the real WXML.
 */
import { createFakeWx, type WxCall } from './fake-wx'
import type { Problems } from './problems'
import { WeappSandbox, type PageInstance } from './sandbox'
import { applySetData, payloadBytes } from './set-data'
import { find, findTappable, textOf } from './vnode-query'
import type { VNode, WxmlRenderer } from './wxml-renderer'

export interface AppUser {
  distDir: string
  renderer: WxmlRenderer
  problems: Problems
  /** Answers `wx.cloud.callFunction` for this user (the cloud reads the identity per call). */
  callFunction(name: string, data: unknown): Promise<unknown>
  now?: Date
  location?: { latitude: number; longitude: number; accuracy: number }
}

export interface OpenPage {
  route: string
  instance: PageInstance
  /** Largest single `setData` payload this page sent, in bytes. */
  maxSetData: number
  setDataCalls: number
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export class WeappApp {
  readonly calls: WxCall[]
  readonly navigations: Array<{ api: string; url: string }> = []
  private readonly sandbox: WeappSandbox
  private readonly stack: PageInstance[] = []
  private pending = 0
  private lastActivity = Date.now()
  private tapping = false
  location: { latitude: number; longitude: number; accuracy: number }

  constructor(private readonly user: AppUser) {
    this.location = user.location ?? { latitude: 0, longitude: 0, accuracy: 20 }
    const { wx, calls } = createFakeWx({
      problems: user.problems,
      callFunction: (name, data) => this.track(user.callFunction(name, data)),
      location: () => this.location,
      inTap: () => this.tapping,
      navigate: (api, url) => void this.navigations.push({ api, url }),
    })
    this.calls = calls
    this.sandbox = new WeappSandbox({
      distDir: user.distDir,
      wx,
      problems: user.problems,
      now: user.now,
      getCurrentPages: () => [...this.stack],
    })
  }

  private async track<T>(p: Promise<T>): Promise<T> {
    this.pending += 1
    this.lastActivity = Date.now()
    try {
      return await p
    } finally {
      this.pending -= 1
      this.lastActivity = Date.now()
    }
  }

  /** Launches the app as WeChat does: app.js, then `onLaunch` and `onShow`. */
  async launch(): Promise<void> {
    const app = this.user.problems
    try {
      const instance = this.sandbox.loadApp()
      const options = { path: 'pages/home/index', query: {}, scene: 1001 }
      instance.onLaunch?.call(instance, options)
      instance.onShow?.call(instance, options)
    } catch (err) {
      app.exception('launching app.js', err)
    }
    await this.settle()
  }

  /** Waits until no cloud call is in flight and nothing changed for a while (or gives up). */
  async settle(quietMs = 40, maxMs = 8000): Promise<void> {
    const started = Date.now()
    while (Date.now() - started < maxMs) {
      await sleep(10)
      if (this.pending === 0 && Date.now() - this.lastActivity >= quietMs) return
    }
  }

  /** Opens a page as a navigation would: `onLoad(query)`, `onShow`, then `onReady` once it rendered. */
  async open(route: string, query: Record<string, string> = {}): Promise<OpenPage> {
    const { problems } = this.user
    const options = this.sandbox.loadPage(route)
    const data = JSON.parse(JSON.stringify(options.data ?? {})) as Record<string, unknown>
    const opened: OpenPage = {
      route,
      instance: { ...options, route, __route__: route, options: query, data, setData: () => undefined },
      maxSetData: 0,
      setDataCalls: 0,
    }
    const instance = opened.instance
    instance.setData = (payload, callback) => {
      opened.setDataCalls += 1
      opened.maxSetData = Math.max(opened.maxSetData, payloadBytes(payload))
      applySetData(instance.data, payload)
      this.lastActivity = Date.now()
      if (callback) {
        setTimeout(() => {
          try {
            callback.call(instance)
          } catch (err) {
            problems.exception('setData callback', err)
          }
        }, 0)
      }
    }
    this.stack.push(instance)
    this.lifecycle(instance, 'onLoad', query)
    this.lifecycle(instance, 'onShow')
    await this.settle()
    this.lifecycle(instance, 'onReady')
    await this.settle()
    return opened
  }

  close(page: OpenPage): void {
    this.lifecycle(page.instance, 'onUnload')
    const at = this.stack.indexOf(page.instance)
    if (at >= 0) this.stack.splice(at, 1)
  }

  private lifecycle(instance: PageInstance, hook: string, arg?: unknown): void {
    const fn = instance[hook]
    if (typeof fn !== 'function') return
    try {
      fn.call(instance, arg)
    } catch (err) {
      this.user.problems.exception(`${instance.route} ${hook}`, err)
    }
  }

  render(page: OpenPage): VNode {
    const { tree, warnings } = this.user.renderer.render(page.instance.data)
    for (const w of warnings)
      this.user.problems.add(
        /not found/.test(w) ? 'missing-template' : 'exception',
        w.replace(/^WXMLRT_\$gwx:/, ''),
      )
    return tree
  }

  text(page: OpenPage): string {
    return textOf(this.render(page))
  }

  /** Taps the innermost element that listens for taps and shows `label` (or carries class `label`). */
  async tap(page: OpenPage, label: string): Promise<void> {
    const target = findTappable(this.render(page), label)
    if (!target) throw new Error(`${page.route}: nothing tappable shows “${label}”`)
    await this.dispatch(page, target, 'tap', { x: 1, y: 1 })
  }

  /** Types into the input or textarea whose placeholder is `placeholder`. */
  async input(page: OpenPage, placeholder: string, value: string): Promise<void> {
    const target = find(this.render(page), (n) => n.attr?.placeholder === placeholder)
    if (!target) throw new Error(`${page.route}: no input with placeholder “${placeholder}”`)
    await this.dispatch(page, target, 'input', { value, cursor: value.length, keyCode: 0 })
  }

  private async dispatch(page: OpenPage, node: VNode, type: string, detail: object): Promise<void> {
    const id = String(node.attr?.id ?? '')
    const sid = String(node.attr?.['data-sid'] ?? id)
    const el = { id, dataset: { sid }, offsetLeft: 0, offsetTop: 0 }
    const event = {
      type,
      timeStamp: Date.now(),
      target: el,
      currentTarget: el,
      detail,
      touches: [],
      changedTouches: [],
      mark: {},
    }
    const handler = page.instance.eh
    if (typeof handler !== 'function') throw new Error(`${page.route}: the page has no event handler`)
    this.tapping = type === 'tap'
    try {
      handler.call(page.instance, event)
    } catch (err) {
      this.user.problems.exception(`${page.route} ${type} on #${id}`, err)
    } finally {
      this.tapping = false
    }
    await this.settle()
  }
}
