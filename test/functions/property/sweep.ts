/**
 * The property sweep: inputs every action's schema accepts, sent as several roles. Nothing may end
 * in `internal`, a refused call must leave every document as it was, and whatever a call writes must
 * pass the stored-record check. Shared by the jest test
 * (fixed seed, few runs) and `npm run bench -- --quality` (more runs, any seed).
 */
import fc from 'fast-check'
import { listActions } from '../../../types/api'
import type { RunningCloud } from '../../helpers/local-cloud'
import { AUTHZ_ROWS } from '../authz'
import { IDENTITIES, type Identity } from '../authz/types'
import { acceptedInputs } from './schema-arbitrary'
import { WriteWatch, type Change } from './write-watch'
import { problemsOf } from '../../../emulator/check/record-rules'

export interface SweepOptions {
  seed: number
  /** Calls per action. */
  runs: number
  /** `fn.action` names to run; all when absent. */
  only?: readonly string[]
}

export interface SweepResult {
  seed: number
  actions: number
  calls: number
  /** Calls whose input was generated (the rest re-sent the valid base after a refinement refused it). */
  generated: number
  outcomes: Record<string, number>
  failures: string[]
}

/**
 * Collections a refused call may write by design: a failed binding attempt (or 自主申报 code) is
 * counted so that guessing codes or phone numbers is rate-limited.
 */
const WRITTEN_ON_REFUSAL = new Set(['bind_attempts', 'monitor_slots'])

interface Envelope {
  ok: boolean
  error?: { code: string; message: string }
}

function isEnvelope(v: unknown): v is Envelope {
  return typeof v === 'object' && v !== null && typeof Reflect.get(v, 'ok') === 'boolean'
}

/** Several roles per action: two it allows, two it refuses (when there are such), and a stranger. */
function callersOf(allowed: readonly Identity[]): Identity[] {
  const refused = IDENTITIES.filter((i) => !allowed.includes(i))
  return [
    ...new Set<Identity>([
      ...allowed.slice(0, 1),
      ...allowed.slice(-1),
      ...refused.slice(0, 1),
      ...refused.slice(-1),
      'o-stranger',
    ]),
  ]
}

/** Real ids of the seeded cloud, a few per collection. */
function idPoolOf(run: RunningCloud): string[] {
  const ids = run.cloud.db
    .collectionNames()
    .flatMap((c) => run.cloud.db.find(c, {}, { limit: 12 }).map((d) => d._id))
  return [
    ...new Set(ids.filter((id): id is string => typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id))),
  ]
}

/** A stable per-action offset, so adding an action does not reshuffle the others' inputs. */
function hashOf(name: string): number {
  let h = 0
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) | 0
  return h
}

/** What went wrong with one call, or null: an internal error, a refused call that wrote, an odd record written. */
function judge(
  name: string,
  code: string,
  res: unknown,
  changes: Change[],
  logged: readonly string[],
): string | null {
  if (code === 'internal' || code === 'thrown' || code === 'not-an-envelope') {
    const line = logged.find((l) => l.includes('internal_error')) ?? ''
    const cause = /"error":"((?:[^"\\]|\\.)*)"/.exec(line)?.[1] ?? (isEnvelope(res) ? res.error?.message : '')
    return `${name} → ${code}: ${String(cause).slice(0, 200)}`
  }
  const changed = [...new Set(changes.map((c) => c.collection))].filter((c) => !WRITTEN_ON_REFUSAL.has(c))
  if (code !== 'ok' && changed.length > 0) return `${name} → ${code} yet changed ${changed.join(', ')}`
  // Whatever a call writes must pass the stored-record check (`npm run cloud -- check`).
  const odd = changes.flatMap((c) => (c.doc ? problemsOf(c.collection, c.doc) : []))
  return odd.length > 0
    ? `${name} → ${code} but wrote ${odd[0].collection}.${odd[0].field}: ${odd[0].reason}`
    : null
}

/**
 * Inputs are drawn with `fc.sample` from a fixed seed and every call is judged, rather than with
 * `fc.assert`: calls change the shared cloud, so shrinking a failure would replay against another
 * state, and one run should list every kind of failure at once.
 */
export async function runPropertySweep(run: RunningCloud, opts: SweepOptions): Promise<SweepResult> {
  const result: SweepResult = {
    seed: opts.seed,
    actions: 0,
    calls: 0,
    generated: 0,
    outcomes: {},
    failures: [],
  }
  const idPool = idPoolOf(run)
  const plans = []
  for (const { fn, action, def } of listActions()) {
    const name = `${fn}.${action}`
    const row = AUTHZ_ROWS[fn]?.[action]
    if (!row || (opts.only && !opts.only.includes(name))) continue
    // The base is built for the first caller allowed (inputs with uploads carry that caller's files).
    const base = await row.input(run, row.allowed[0] ?? 'demo-admin')
    const arb = fc.tuple(
      acceptedInputs(def.input, { idPool }, base),
      fc.constantFrom(...callersOf(row.allowed)),
    )
    plans.push({
      fn,
      action,
      name,
      samples: fc.sample(arb, { seed: opts.seed ^ hashOf(name), numRuns: opts.runs }),
    })
  }
  // Internal errors are logged by the function; keep the lines to name the cause.
  const logged: string[] = []
  const consoleError = console.error
  console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '))
  const watch = new WriteWatch(run.cloud)
  const kinds = new Map<string, { count: number; example: string }>()
  try {
    for (const { fn, action, name, samples } of plans) {
      result.actions += 1
      for (const [{ input, generated }, caller] of samples) {
        result.calls += 1
        if (generated) result.generated += 1
        logged.length = 0
        let res: unknown
        try {
          res = await run.callRaw(fn, action, input, caller)
        } catch (err) {
          res = { ok: false, error: { code: 'thrown', message: String(err) } }
        }
        const code = isEnvelope(res) ? (res.ok ? 'ok' : (res.error?.code ?? '?')) : 'not-an-envelope'
        result.outcomes[code] = (result.outcomes[code] ?? 0) + 1
        const kind = judge(name, code, res, watch.settle(), logged)
        // One line per kind of failure, with its first example and how often it happened.
        if (kind) {
          const seen = kinds.get(kind)
          if (seen) seen.count += 1
          else
            kinds.set(kind, { count: 1, example: `as ${caller} with ${JSON.stringify(input).slice(0, 300)}` })
        }
      }
    }
  } finally {
    console.error = consoleError
    watch.stop()
  }
  result.failures = [...kinds].map(([kind, { count, example }]) => `${kind} (${count}×, e.g. ${example})`)
  return result
}
