import type { ActionDef, FunctionDef } from '@contract/api/define'
import type { Api, FunctionName } from '@contract/api'

type Loaders = { [F in FunctionName]: () => Promise<Api[F]> }

/** Memoises a load; a failed one is forgotten so that the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null
  return () => {
    if (pending) return pending
    const loading = load()
    pending = loading
    loading.catch(() => {
      if (pending === loading) pending = null
    })
    return loading
  }
}

/**
 * Each function's action table (the server's own schemas), loaded when the app first calls that
 * function. In the browser build every `import()` is a chunk of its own, so the first page downloads
 * and runs only `org`'s schemas instead of every function's (docs/bench/first-load.md); the chunk names
 * let the preload plugin find `org`'s. The mini-program build turns `import()` into `require()`
 * (babel-preset-taro): the same package, but a function's schemas are still built only when first used.
 * The type makes a function missing here a compile error.
 */
const loaders: Loaders = {
  org: once(() => import(/* webpackChunkName: "api-org" */ '@contract/api/org').then((m) => m.orgApi)),
  presence: once(() =>
    import(/* webpackChunkName: "api-presence" */ '@contract/api/presence').then((m) => m.presenceApi),
  ),
  imports: once(() =>
    import(/* webpackChunkName: "api-imports" */ '@contract/api/imports').then((m) => m.importsApi),
  ),
  rectify: once(() =>
    import(/* webpackChunkName: "api-rectify" */ '@contract/api/rectify').then((m) => m.rectifyApi),
  ),
  notice: once(() =>
    import(/* webpackChunkName: "api-notice" */ '@contract/api/notice').then((m) => m.noticeApi),
  ),
  visit: once(() =>
    import(/* webpackChunkName: "api-visit" */ '@contract/api/visit').then((m) => m.visitApi),
  ),
  report: once(() =>
    import(/* webpackChunkName: "api-report" */ '@contract/api/report').then((m) => m.reportApi),
  ),
  files: once(() =>
    import(/* webpackChunkName: "api-files" */ '@contract/api/files').then((m) => m.filesApi),
  ),
  task: once(() => import(/* webpackChunkName: "api-task" */ '@contract/api/task').then((m) => m.taskApi)),
  feedback: once(() =>
    import(/* webpackChunkName: "api-feedback" */ '@contract/api/feedback').then((m) => m.feedbackApi),
  ),
  monitor: once(() =>
    import(/* webpackChunkName: "api-monitor" */ '@contract/api/monitor').then((m) => m.monitorApi),
  ),
}

/** The action table of one function; loaded once, a failed load (no signal) is tried again next time. */
export function loadActionTable<F extends FunctionName>(fn: F): Promise<Api[F]> {
  return loaders[fn]()
}

/** The definition of `fn.action`, or undefined when the contract has no such action. */
export async function loadActionDef(fn: FunctionName, action: string): Promise<ActionDef | undefined> {
  const table: FunctionDef = await loadActionTable(fn)
  return Object.prototype.hasOwnProperty.call(table, action) ? table[action] : undefined
}
