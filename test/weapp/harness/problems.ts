/**
 * What the weapp run found wrong, by kind. Every kind fails the run; `where` says which page and role
 * were being driven when it happened.
 */
export type ProblemKind =
  | 'exception'
  | 'eval'
  | 'missing-template'
  | 'unknown-wx-api'
  | 'set-data-budget'
  | 'text-missing'
  | 'console-error'

export interface Problem {
  kind: ProblemKind
  where: string
  message: string
}

/** Errors from the sandbox are of its own realm: `instanceof Error` is false for them. */
function describe(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'message' in err) {
    const e = err as { name?: unknown; message: unknown; stack?: unknown }
    const at =
      typeof e.stack === 'string' ? (e.stack.split('\n').find((l) => l.includes('at ')) ?? '').trim() : ''
    return `${String(e.name ?? 'Error')}: ${String(e.message)}${at ? ` (${at})` : ''}`
  }
  return typeof err === 'object' && err !== null ? JSON.stringify(err) : String(err)
}

export class Problems {
  readonly list: Problem[] = []
  /** The page and role being driven; set by the driver. */
  where = 'app'
  /** The sandbox's `console`: errors are problems, the rest is kept quiet unless asked for. */
  readonly console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>

  constructor(verbose = false) {
    const say = (...args: unknown[]) => {
      if (verbose) console.log('[weapp]', ...args)
    }
    this.console = {
      log: say,
      info: say,
      debug: say,
      warn: (...args: unknown[]) => {
        const text = args.map(String).join(' ')
        // Taro answers a `Taro.x()` the platform lacks with this warning instead of throwing.
        if (/暂不支持/.test(text)) this.add('unknown-wx-api', text)
        else say(...args)
      },
      error: (...args: unknown[]) =>
        this.add(
          'console-error',
          args
            .map((a) => (typeof a === 'object' && a !== null ? describe(a) : String(a)))
            .join(' ')
            .slice(0, 500),
        ),
    }
  }

  add(kind: ProblemKind, message: string): void {
    // The same defect repeats on every render: keep the first of each per page.
    if (this.list.some((p) => p.kind === kind && p.where === this.where && p.message === message)) return
    this.list.push({ kind, where: this.where, message })
  }

  exception(what: string, err: unknown): void {
    this.add('exception', `${what}: ${describe(err)}`)
  }

  ofKind(kind: ProblemKind): Problem[] {
    return this.list.filter((p) => p.kind === kind)
  }
}
