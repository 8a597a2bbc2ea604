import { AsyncLocalStorage } from 'node:async_hooks'

/** What one function invocation sees: its own WeChat identity, env overlay and metrics. */
export interface Invocation {
  id: string
  fn: string
  action: string
  openid: string
  appid: string
  unionid: string
  /** getWXContext().SOURCE of this call: passed on, with `,scf` added, to the functions it calls. */
  source: string
  /** Environment values this invocation sees in process.env (WX_OPENID, ZHUCUN_NOW, …). */
  env: Record<string, string>
  dbRequests: number
  docsExamined: number
  docsReturned: number
  startedAt: number
}

export const invocationStore = new AsyncLocalStorage<Invocation>()

export function currentInvocation(): Invocation | undefined {
  return invocationStore.getStore()
}
