import type { DayFigures } from './county-day'

/** The lowest plans' quotas (DESIGN §7; check the console before relying on a number). */
export const PLANS = {
  oldBasic: { name: '旧基础版', readsPerDay: 50_000, writesPerDay: 30_000, callsPerMonth: 200_000 },
  personal2026: { name: '2026 个人版', callsPerMonth: 200_000 },
}
/** A month counted as thirty working days: an upper bound (weekends are far quieter). */
export const DAYS_PER_MONTH = 30

const pct = (used: number, quota: number) => `${Math.round((used / quota) * 100)} %`
const pad = (s: string | number, n: number) => String(s).padEnd(n)

export function printCountyDay(f: DayFigures): void {
  const requests = f.reads + f.writes + f.transaction_requests
  console.log(`\nOne county day (${f.day}): ${f.invocations} invocations, ${f.errors} errors`)
  console.log(
    pad('function.action', 34) + pad('calls', 8) + pad('reads', 8) + pad('writes', 8) + 'requests/call',
  )
  for (const a of f.actions)
    console.log(pad(a.action, 34) + pad(a.calls, 8) + pad(a.reads, 8) + pad(a.writes, 8) + a.per_call)
  console.log(
    `database: ${f.reads} reads, ${f.writes} writes, ${f.transaction_requests} transaction requests (${requests} requests); ${Math.round(f.inserted_bytes / 1024)} KB of documents inserted`,
  )
  const month = {
    calls: f.invocations * DAYS_PER_MONTH,
    reads: f.reads * DAYS_PER_MONTH,
    writes: f.writes * DAYS_PER_MONTH,
    bytes: f.inserted_bytes * DAYS_PER_MONTH,
  }
  console.log(
    `a month (${DAYS_PER_MONTH} such days, an upper bound): ${month.calls} invocations, ${month.reads} reads, ${month.writes} writes, ${Math.round(month.bytes / 1024 / 1024)} MB inserted`,
  )
  const b = PLANS.oldBasic
  console.log(
    `${b.name}: reads ${f.reads}/${b.readsPerDay} a day (${pct(f.reads, b.readsPerDay)}), writes ${f.writes + f.transaction_requests}/${b.writesPerDay} a day (${pct(f.writes + f.transaction_requests, b.writesPerDay)}), calls ${month.calls}/${b.callsPerMonth} a month (${pct(month.calls, b.callsPerMonth)})`,
  )
  const p = PLANS.personal2026
  console.log(
    `${p.name}: calls ${month.calls}/${p.callsPerMonth} a month (${pct(month.calls, p.callsPerMonth)})`,
  )
}
