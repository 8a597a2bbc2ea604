import { Cron } from 'croner'
import type { FunctionHost } from '../host/function-host'
import { parseWechatCron, yearMatches } from './cron'

export interface TimerInfo {
  fn: string
  name: string
  config: string
  nextRun: string | null
  lastRun: string | null
  lastOutcome: string | null
}

type Fire = (fn: string, event: unknown) => Promise<unknown>

/** Fires each function's config.json timer triggers on schedule (UTC+8), and on demand. */
export class TimerScheduler {
  private jobs: Array<{ fn: string; name: string; config: string; cron: Cron | null }> = []
  private readonly last = new Map<string, { at: string; outcome: string }>()
  /** false: an environment without timer triggers (云函数 V2); nothing fires. */
  enabled = true

  constructor(
    private readonly host: FunctionHost,
    private readonly fire: Fire,
  ) {}

  private triggers(): Array<{ fn: string; name: string; config: string }> {
    return this.host
      .list()
      .flatMap((fn) =>
        (this.host.load(fn).config.triggers ?? [])
          .filter((t) => t.type === 'timer')
          .map((t) => ({ fn, name: t.name, config: t.config })),
      )
  }

  start(): void {
    this.stop()
    if (!this.enabled) return
    this.jobs = this.triggers().map((t) => {
      const { sixFields, year } = parseWechatCron(t.config)
      const cron = new Cron(sixFields, { timezone: 'Asia/Shanghai', protect: true }, () => {
        if (yearMatches(year, new Date().getFullYear())) void this.fireNow(t.fn, t.name)
      })
      return { ...t, cron }
    })
  }

  stop(): void {
    for (const job of this.jobs) job.cron?.stop()
    this.jobs = []
  }

  /** Fire a function's timer now, as its trigger would; returns what the function returned. */
  async fireNow(fn: string, triggerName?: string): Promise<unknown> {
    if (!this.enabled) throw new Error('此环境没有定时触发器（云函数 V2）')
    const name = triggerName ?? this.host.load(fn).config.triggers?.[0]?.name ?? 'manual'
    // The platform's event: Type, TriggerName and Time in whole seconds (2019-02-21T11:49:00Z).
    const event = {
      Type: 'Timer',
      TriggerName: name,
      Time: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    }
    try {
      const result = await this.fire(fn, event)
      this.last.set(`${fn}|${name}`, { at: event.Time, outcome: 'ok' })
      return result
    } catch (err) {
      this.last.set(`${fn}|${name}`, { at: event.Time, outcome: String(err) })
      throw err
    }
  }

  list(): TimerInfo[] {
    return this.triggers().map((t) => {
      const job = this.jobs.find((j) => j.fn === t.fn && j.name === t.name)
      const next = job?.cron?.nextRun() ?? null
      const last = this.last.get(`${t.fn}|${t.name}`)
      return {
        ...t,
        nextRun: next ? next.toISOString() : null,
        lastRun: last?.at ?? null,
        lastOutcome: last?.outcome ?? null,
      }
    })
  }
}
