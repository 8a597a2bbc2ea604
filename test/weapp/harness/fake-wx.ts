/**
 * A recording `wx`: the APIs the app calls, answered the way WeChat answers them (callbacks, then
 * `complete`), with the cloud behind `wx.cloud`. Any other real API fails the run when called (add a
 * fake here); a name WeChat does not have fails when it is read.
 */
import type { Problems } from './problems'
import { WX_API_NAMES } from './wx-api-names'

export interface CallbackOptions {
  success?: (res: unknown) => void
  fail?: (err: unknown) => void
  complete?: (res: unknown) => void
  [key: string]: unknown
}

export interface WxCall {
  api: string
  args: unknown
  /** True when the call came inside a user's tap (what WeChat requires for prompts). */
  inTap: boolean
}

export interface WxHost {
  problems: Problems
  /** Answers `wx.cloud.callFunction` as the current user. */
  callFunction(name: string, data: unknown): Promise<unknown>
  location(): { latitude: number; longitude: number; accuracy: number }
  /** True while a tap handler runs synchronously. */
  inTap(): boolean
  /** A navigation the app asked for (`navigateTo`, `redirectTo`, …). */
  navigate(api: string, url: string): void
}

const SYSTEM_INFO = {
  brand: 'harness',
  model: 'iPhone 12',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 750,
  statusBarHeight: 47,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 17.0',
  platform: 'ios',
  fontSizeSetting: 16,
  SDKVersion: '3.5.0',
  safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
  theme: 'light',
}

/** WeChat's callback style: answered on a later turn, never synchronously. */
function respond(o: CallbackOptions, run: () => unknown, problems: Problems, api: string): void {
  setTimeout(() => {
    Promise.resolve()
      .then(run)
      .then(
        (res) => {
          o.success?.(res)
          o.complete?.(res)
        },
        (err: unknown) => {
          const res = err instanceof Error ? { errMsg: `${api}:fail ${err.message}` } : err
          o.fail?.(res)
          o.complete?.(res)
        },
      )
      .catch((err: unknown) => problems.exception(`${api} callback`, err))
  }, 0)
}

export function createFakeWx(host: WxHost): { wx: object; calls: WxCall[]; storage: Map<string, unknown> } {
  const calls: WxCall[] = []
  const storage = new Map<string, unknown>()
  const { problems } = host
  const rec = (api: string, args: unknown) => calls.push({ api, args, inTap: host.inTap() })
  const ok =
    (api: string, result: (o: CallbackOptions) => object = () => ({})) =>
    (options: CallbackOptions = {}) => {
      rec(api, options)
      respond(options, () => ({ errMsg: `${api}:ok`, ...result(options) }), problems, api)
    }
  const nav =
    (api: string) =>
    (options: CallbackOptions = {}) => {
      rec(api, options)
      host.navigate(api, String(options.url ?? ''))
      respond(options, () => ({ errMsg: `${api}:ok` }), problems, api)
    }
  const later = (what: string, fn: () => void) =>
    setTimeout(() => {
      try {
        fn()
      } catch (err) {
        problems.exception(what, err)
      }
    }, 0)
  const copy = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T))

  const fakes: Record<string, unknown> = {
    env: { USER_DATA_PATH: 'wxfile://usr' },
    canIUse: () => true,
    getSystemInfoSync: () => ({ ...SYSTEM_INFO }),
    getSystemInfo: ok('getSystemInfo', () => SYSTEM_INFO),
    getSystemInfoAsync: ok('getSystemInfoAsync', () => SYSTEM_INFO),
    getWindowInfo: () => ({ ...SYSTEM_INFO }),
    getDeviceInfo: () => ({ ...SYSTEM_INFO }),
    getAppBaseInfo: () => ({ ...SYSTEM_INFO }),
    getSystemSetting: () => ({ locationEnabled: true, wifiEnabled: true, bluetoothEnabled: false }),
    getAppAuthorizeSetting: () => ({ locationAuthorized: 'authorized' }),
    getMenuButtonBoundingClientRect: () => ({
      width: 87,
      height: 32,
      top: 51,
      right: 381,
      bottom: 83,
      left: 294,
    }),
    getLaunchOptionsSync: () => ({ path: 'pages/home/index', scene: 1001, query: {} }),
    getEnterOptionsSync: () => ({ path: 'pages/home/index', scene: 1001, query: {} }),
    getAccountInfoSync: () => ({
      miniProgram: { appId: 'wx-local-zhucun', envVersion: 'develop', version: '' },
    }),
    nextTick: (fn: () => void) => void later('wx.nextTick callback', fn),
    getStorageSync: (key: string) => copy(storage.get(key)) ?? '',
    setStorageSync: (key: string, value: unknown) => void storage.set(key, copy(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    getStorage: ok('getStorage', (o) => {
      if (!storage.has(String(o.key))) throw new Error('data not found')
      return { data: copy(storage.get(String(o.key))) }
    }),
    setStorage: ok('setStorage', (o) => (storage.set(String(o.key), copy(o.data)), {})),
    removeStorage: ok('removeStorage', (o) => (storage.delete(String(o.key)), {})),
    getNetworkType: ok('getNetworkType', () => ({ networkType: 'wifi' })),
    onNetworkStatusChange: () => undefined,
    offNetworkStatusChange: () => undefined,
    onAppShow: () => undefined,
    offAppShow: () => undefined,
    onAppHide: () => undefined,
    offAppHide: () => undefined,
    onMemoryWarning: () => undefined,
    getLocation: ok('getLocation', () => ({
      ...host.location(),
      speed: 0,
      altitude: 0,
      verticalAccuracy: 0,
      horizontalAccuracy: host.location().accuracy,
    })),
    requestSubscribeMessage: (options: CallbackOptions = {}) => {
      if (!host.inTap())
        problems.add('exception', 'wx.requestSubscribeMessage called outside a tap: WeChat shows no prompt')
      const ids = Array.isArray(options.tmplIds) ? options.tmplIds.map(String) : []
      ok('requestSubscribeMessage', () => Object.fromEntries(ids.map((id) => [id, 'accept'])))(options)
    },
    // A returning user: the privacy guide was agreed to before (the consent card is a browser journey).
    getPrivacySetting: ok('getPrivacySetting', () => ({
      needAuthorization: false,
      privacyContractName: '《驻村工作台隐私保护指引》',
    })),
    getSetting: ok('getSetting', () => ({
      authSetting: { 'scope.userLocation': true },
      subscriptionsSetting: { mainSwitch: true },
    })),
    authorize: ok('authorize'),
    showToast: ok('showToast'),
    hideToast: ok('hideToast'),
    showLoading: ok('showLoading'),
    hideLoading: ok('hideLoading'),
    showModal: ok('showModal', () => ({ confirm: true, cancel: false })),
    showActionSheet: ok('showActionSheet', () => ({ tapIndex: 0 })),
    setNavigationBarTitle: ok('setNavigationBarTitle'),
    stopPullDownRefresh: ok('stopPullDownRefresh'),
    startPullDownRefresh: ok('startPullDownRefresh'),
    pageScrollTo: ok('pageScrollTo'),
    vibrateShort: ok('vibrateShort'),
    setClipboardData: ok('setClipboardData'),
    hideKeyboard: ok('hideKeyboard'),
    navigateTo: nav('navigateTo'),
    redirectTo: nav('redirectTo'),
    reLaunch: nav('reLaunch'),
    switchTab: nav('switchTab'),
    navigateBack: nav('navigateBack'),
    createSelectorQuery: () => selectorQuery(),
    createIntersectionObserver: () => ({
      relativeToViewport: () => ({ observe: () => undefined }),
      relativeTo: () => ({ observe: () => undefined }),
      observe: () => undefined,
      disconnect: () => undefined,
    }),
    cloud: {
      init: (options: unknown) => void rec('cloud.init', options),
      callFunction: (options: { name: string; data: unknown } & CallbackOptions) => {
        rec('cloud.callFunction', options)
        const p = host
          .callFunction(options.name, copy(options.data))
          .then((result) => ({ errMsg: 'cloud.callFunction:ok', result: copy(result), requestID: 'harness' }))
        if (!options.success && !options.fail && !options.complete) return p
        respond(options, () => p, problems, 'cloud.callFunction')
        return undefined
      },
    },
  }

  // Layout is the render layer's: the logic layer only ever gets zero-sized boxes back here.
  function selectorQuery(): Record<string, unknown> {
    const pending: Array<() => unknown> = []
    const field = (value: unknown) => (cb?: (res: unknown) => void) => {
      pending.push(() => (cb?.(value), value))
      return q
    }
    const node = () => ({
      boundingClientRect: field({ width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 }),
      scrollOffset: field({ scrollTop: 0, scrollLeft: 0 }),
      fields: (_f: unknown, cb?: (res: unknown) => void) => field({})(cb),
      node: field({ node: null }),
      context: field({}),
    })
    const q: Record<string, unknown> = {
      in: () => q,
      select: node,
      selectAll: node,
      selectViewport: node,
      exec: (cb?: (res: unknown[]) => void) =>
        void later('selectorQuery callback', () => cb?.(pending.map((run) => run()))),
    }
    return q
  }

  const target: Record<string, unknown> = {}
  for (const name of WX_API_NAMES) {
    target[name] =
      name in fakes
        ? fakes[name]
        : (...args: unknown[]) => {
            rec(name, args[0])
            problems.add(
              'exception',
              `wx.${name} is a WeChat API with no fake in test/weapp/harness/fake-wx.ts: add one`,
            )
          }
  }
  for (const name of Object.keys(fakes))
    if (!WX_API_NAMES.has(name)) throw new Error(`fake-wx: wx.${name} is not a WeChat API`)
  const wx = new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string' && key !== 'webpackJsonp' && !(key in t))
        problems.add('unknown-wx-api', `wx.${key} is not a WeChat API`)
      return Reflect.get(t, key, receiver)
    },
  })
  return { wx, calls, storage }
}
