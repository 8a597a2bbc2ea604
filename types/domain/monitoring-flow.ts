import type { MonitoringSection } from './county-policy'
import type { CaseKind, CaseStep, HouseholdKind } from './monitoring'
import type { Role } from './role'
import { addDays } from './presence-time'

/**
 * Pure rules of a 防返贫 case (识别纳入 or 风险消除): who decides each step, where a passed step goes,
 * the days each step may take, and the household's income against the county's 监测标准.
 */

/** Steps a person still decides; `done` and `rejected` are final. */
export const OPEN_STEPS: readonly CaseStep[] = [
  'candidate',
  'village_review',
  'township_review',
  'county_confirm',
]

export function isOpenStep(step: CaseStep): boolean {
  return OPEN_STEPS.includes(step)
}

/** The village decides its own review (and its 公示's outcome), the township audits, the county confirms. */
export const STEP_ROLES: Record<CaseStep, readonly Role[]> = {
  candidate: ['resident_cadre', 'village_cadre'],
  village_review: ['resident_cadre', 'village_cadre'],
  township_review: ['township_leader'],
  county_confirm: ['admin'],
  done: [],
  rejected: [],
}

/** What the decider of a step does, as the button says it. */
export const STEP_ACTION_LABELS: Partial<Record<CaseStep, string>> = {
  candidate: '村级民主评议',
  village_review: '公示期满，确认评议结果',
  township_review: '乡镇审核',
  county_confirm: '县级确认',
}

/**
 * Where a passed step goes. The village review is published as a 公示 when the county asks for one:
 * the case then waits at `village_review` until the window closes.
 */
export function nextStep(step: CaseStep, publicity: boolean): CaseStep {
  switch (step) {
    case 'candidate':
      return publicity ? 'village_review' : 'township_review'
    case 'village_review':
      return 'township_review'
    case 'township_review':
      return 'county_confirm'
    case 'county_confirm':
      return 'done'
    default:
      return step
  }
}

/** The day a step that starts `today` is due: the village's days cover the 公示 and the review. */
export function stepDueDay(step: CaseStep, today: string, policy: MonitoringSection): string | null {
  if (step === 'candidate' || step === 'village_review') return addDays(today, policy.villageDays)
  if (step === 'township_review') return addDays(today, policy.townshipDays)
  if (step === 'county_confirm') return addDays(today, policy.countyDays)
  return null
}

export function isOverdue(step: CaseStep, dueDay: string | null, today: string): boolean {
  return isOpenStep(step) && dueDay !== null && dueDay < today
}

export type IncomePosition = 'below' | 'above' | 'unknown'

export interface IncomeCheck {
  position: IncomePosition
  /** A written reason is needed to pass the village review. */
  needsReason: boolean
  /** One Chinese line for the case page. */
  text: string
}

/**
 * 识别纳入 is for households below the line, or pushed below it by 刚性支出 (medical, schooling); one
 * above it without such spending passes only with a written reason. 风险消除 is for income stable above
 * the line; below it (or unknown) needs a reason too.
 */
export function checkIncome(
  kind: CaseKind,
  income: number | null,
  rigidExpense: number | null,
  line: number,
): IncomeCheck {
  if (income === null) {
    return {
      position: 'unknown',
      needsReason: kind === 'clearance',
      text: `未填写人均纯收入（监测标准 ${line} 元/人·年）`,
    }
  }
  const position: IncomePosition = income < line ? 'below' : 'above'
  const rigid = rigidExpense ?? 0
  const compared = position === 'below' ? `低于监测标准 ${line} 元` : `高于（或等于）监测标准 ${line} 元`
  const spending = rigid > 0 ? `，刚性支出 ${rigid} 元/年` : ''
  const needsReason = kind === 'inclusion' ? position === 'above' && rigid <= 0 : position === 'below'
  return { position, needsReason, text: `人均纯收入 ${income} 元/年，${compared}${spending}` }
}

export const INCOME_REASON_MESSAGE: Record<CaseKind, string> = {
  inclusion: '该户人均纯收入不低于监测标准且无刚性支出，须写明纳入理由',
  clearance: '该户人均纯收入未稳定高于监测标准，须写明消除风险的理由',
}

/** The kind a household returns to when its risk is cleared: what it was before 纳入. */
export function kindAfterClearance(priorKind: HouseholdKind | null | undefined): HouseholdKind {
  return priorKind && priorKind !== 'monitored' ? priorKind : 'ordinary'
}

const RECORD_LABELS: Partial<Record<CaseStep, string>> = {
  candidate: '村级评议',
  village_review: '公示期满确认',
  township_review: '乡镇审核',
  county_confirm: '县级确认',
}

/** How a history line names the step it decided (a new case's first line says who started it). */
export function recordLabel(step: CaseStep, outcome: 'passed' | 'rejected' | 'started'): string {
  return outcome === 'started' ? '发起' : (RECORD_LABELS[step] ?? step)
}
