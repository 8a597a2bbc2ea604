import { randomUUID } from 'node:crypto'
import { FunctionHost } from './function-host'
import { invocationStore, type Invocation } from './invocation-context'
import { wechatEnv } from './env-overlay'

export interface Identity {
  openid: string
  appid?: string
  unionid?: string
  /**
   * What started the call, as getWXContext().SOURCE reports it: `wx_client` (the app; the default),
   * `wx_trigger` (a timer trigger: no user at all), or a chain such as `wx_client,scf`.
   */
  source?: string
}

export interface InvocationRecord {
  id: string
  fn: string
  action: string
  openid: string
  at: string
  durationMs: number
  dbRequests: number
  docsExamined: number
  docsReturned: number
  outcome: string
}

export class FunctionTimeoutError extends Error {
  constructor(fn: string, seconds: number) {
    super(`云函数 ${fn} 执行超时（${seconds} 秒）`)
    this.name = 'FunctionTimeoutError'
  }
}

function outcomeOf(result: unknown): string {
  if (typeof result === 'object' && result !== null && 'ok' in result) {
    const r = result as { ok: boolean; error?: { code?: string } }
    return r.ok ? 'ok' : (r.error?.code ?? 'error')
  }
  return 'returned'
}

/** Runs a function's main with its own identity and env, and keeps what it cost. */
export class Invoker {
  readonly records: InvocationRecord[] = []
  /** How many invocations ended in each outcome since start (records keep only the latest 1000). */
  readonly outcomes = new Map<string, number>()
  /** Extra env for every invocation (for example a pinned clock in tests). */
  readonly env: Record<string, string> = {}
  /** Waits until what the invocation wrote (or read) is durable; its answer leaves only then. */
  settle: (inv: Invocation) => Promise<void> = async () => {}

  constructor(
    readonly host: FunctionHost,
    private readonly ids: { envId: string; appid: string },
  ) {}

  async invoke(
    ref: string,
    event: unknown,
    identity: Identity,
    extraEnv: Record<string, string> = {},
  ): Promise<unknown> {
    const fn = this.host.load(ref)
    const action =
      typeof event === 'object' &&
      event !== null &&
      typeof (event as { action?: unknown }).action === 'string'
        ? (event as { action: string }).action
        : ''
    const inv: Invocation = {
      id: randomUUID(),
      fn: fn.name,
      action,
      openid: identity.openid,
      appid: identity.appid ?? this.ids.appid,
      unionid: identity.unionid ?? '',
      source: identity.source ?? 'wx_client',
      env: {
        ...wechatEnv({
          openid: identity.openid,
          appid: identity.appid ?? this.ids.appid,
          unionid: identity.unionid ?? '',
          envId: this.ids.envId,
          source: identity.source ?? 'wx_client',
        }),
        ...this.env,
        ...extraEnv,
      },
      dbRequests: 0,
      docsExamined: 0,
      docsReturned: 0,
      startedAt: performance.now(),
    }
    const seconds = fn.config.timeout ?? 3
    let outcome = 'error'
    try {
      const result = await invocationStore.run(inv, async () => {
        let timer: NodeJS.Timeout | undefined
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new FunctionTimeoutError(fn.name, seconds)), seconds * 1000)
        })
        try {
          return await Promise.race([
            Promise.resolve(fn.main(event, { request_id: inv.id, function_name: fn.name })),
            timeout,
          ])
        } finally {
          clearTimeout(timer)
        }
      })
      await this.settle(inv)
      outcome = outcomeOf(result)
      return result
    } catch (err) {
      // A failed invocation may have written too; its error still leaves after the commit.
      await this.settle(inv).catch(() => undefined)
      outcome = err instanceof Error ? err.name : 'thrown'
      throw err
    } finally {
      this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1)
      this.records.push({
        id: inv.id,
        fn: fn.name,
        action,
        openid: inv.openid,
        at: new Date().toISOString(),
        durationMs: Math.round((performance.now() - inv.startedAt) * 100) / 100,
        dbRequests: inv.dbRequests,
        docsExamined: inv.docsExamined,
        docsReturned: inv.docsReturned,
        outcome,
      })
      if (this.records.length > 1000) this.records.splice(0, this.records.length - 1000)
    }
  }
}
