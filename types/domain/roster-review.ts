import { z } from '../zod'

/**
 * 排查 (a review of the roster, seed 004): the county looks at cadres with signs that need a decision
 * and records one — keep, adjust or recall. The app lists facts; it never scores or ranks anyone.
 */
export const ROSTER_SIGNS = ['long_absence', 'past_term', 'no_first_secretary'] as const
export const rosterSignSchema = z.enum(ROSTER_SIGNS)
export type RosterSign = z.infer<typeof rosterSignSchema>
export const ROSTER_SIGN_LABELS: Record<RosterSign, string> = {
  long_absence: '抽查确认长期不在岗',
  past_term: '任期已满未调整',
  no_first_secretary: '应派未派第一书记',
}

export const ROSTER_DECISIONS = ['keep', 'adjust', 'recall'] as const
export const rosterDecisionSchema = z.enum(ROSTER_DECISIONS)
export type RosterDecision = z.infer<typeof rosterDecisionSchema>
export const ROSTER_DECISION_LABELS: Record<RosterDecision, string> = {
  keep: '保留',
  adjust: '调整',
  recall: '召回调整',
}

/** Spot checks that found the cadre absent and a leader confirmed: this many in the window is a sign. */
export const LONG_ABSENCE = { windowDays: 90, confirmedAtLeast: 2 } as const

/**
 * Where a 第一书记 is required: the central rule sends one to every 脱贫村 (flag `poor`) and every
 * 软弱涣散村 (flag `weak`); the county sets the flags on the village.
 */
export function needsFirstSecretary(flags: { poor: boolean; weak: boolean } | undefined): boolean {
  return Boolean(flags && (flags.poor || flags.weak))
}

/** The day `days` before `day` (YYYY-MM-DD, UTC calendar). */
export function dayMinus(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00.000Z`) - days * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

/** Whether the confirmed absence days amount to the long-absence sign as of `today`. */
export function isLongAbsence(confirmedDays: readonly string[], today: string): boolean {
  const from = dayMinus(today, LONG_ABSENCE.windowDays)
  return confirmedDays.filter((d) => d >= from && d <= today).length >= LONG_ABSENCE.confirmedAtLeast
}
