import { AppError } from '@contract/errors'
import { DEFAULT_POLICY } from '@contract/domain/presence'
import {
  POLICY_SECTION_LABELS,
  checkReason,
  describeSection,
  type PolicySection,
  type SectionValues,
} from '@contract/domain/county-policy'
import type { HandlerContext } from './context'
import type { OrgUnitDoc } from './docs'
import { writeAudit } from './audit'
import {
  baselineOf,
  effectiveOf,
  policyAt,
  prefectureEffectiveOf,
  sectionOf,
  savePolicyDoc,
  type EffectivePolicy,
  type PolicyDoc,
  type SectionMeta,
} from './presence-policy'

/** Audit entries of county settings carry this target type and the county id: the change history. */
export const POLICY_AUDIT_TARGET = 'county_policy'

function sameValues(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function emptyDoc(countyId: string): PolicyDoc {
  return {
    _id: countyId,
    ...DEFAULT_POLICY,
    reason: null,
    updatedAt: null,
    updatedById: null,
    updatedByName: null,
    history: [],
  }
}

/** The doc with one section replaced; the section is told apart by its own keys. */
function withSection(
  doc: PolicyDoc,
  values: SectionValues[PolicySection],
  meta: SectionMeta,
  at: Date,
): PolicyDoc {
  if ('requiredDays' in values) {
    const history = [
      ...doc.history,
      { ...values, reason: meta.reason, at, byName: meta.updatedByName ?? '' },
    ].slice(-20)
    return { ...doc, ...values, ...meta, history }
  }
  if ('presenceDaily' in values) return { ...doc, reminders: { ...values, ...meta } }
  if ('incomeLine' in values) return { ...doc, monitoring: { ...values, ...meta } }
  if ('counts' in values) return { ...doc, leave: { ...values, ...meta } }
  return { ...doc, retention: { ...values, ...meta } }
}

/**
 * Changes one section of a county's (or a 州/市's) settings: stricter than the baseline (the 州/市's rule
 * for a county under one, else the default) needs a written reason (refused in Chinese, nothing written,
 * when it is missing); every change is audited with its reason. Saving the same values and reason again
 * changes nothing and writes no audit line.
 */
export async function changeSection<S extends PolicySection>(
  ctx: HandlerContext,
  county: OrgUnitDoc,
  section: S,
  next: SectionValues[S],
  givenReason: string,
): Promise<EffectivePolicy> {
  const person = ctx.caller.person
  if (!person) throw new AppError('permission-denied', '请先绑定身份')
  const at = await policyAt(ctx.db, county)
  if (!at || at.unitId !== county._id)
    throw new AppError('invalid-argument', '只能设置区县或州/市的规则', { field: 'unitId' })
  const { own: doc, parent } = at
  const ownSource = county.level === 'prefecture' ? 'prefecture' : 'county'
  const effectiveWith = (d: PolicyDoc | null) =>
    county.level === 'prefecture' ? prefectureEffectiveOf(county._id, d) : effectiveOf(county._id, d, parent)
  const current = sectionOf(at.effective, section)
  const check = checkReason(
    section,
    { baseline: baselineOf(section, parent), current: current.values, next },
    { current: current.meta.reason, given: givenReason.trim() },
  )
  if (!check.ok) throw new AppError('invalid-argument', check.message, { field: 'reason' })
  if (
    current.source === ownSource &&
    sameValues(current.values, next) &&
    current.meta.reason === check.reason
  ) {
    return at.effective
  }
  const meta: SectionMeta = {
    reason: check.reason,
    updatedAt: ctx.now,
    updatedById: person._id,
    updatedByName: person.name,
  }
  const saved = withSection(doc ?? emptyDoc(county._id), next, meta, ctx.now)
  await savePolicyDoc(ctx.db, saved)
  const because = check.reason ? `；理由：${check.reason}` : ''
  await writeAudit(
    ctx,
    POLICY_AUDIT_TARGET,
    county._id,
    `${POLICY_SECTION_LABELS[section]}：${describeSection(section, next)}${because}`,
  )
  return effectiveWith(saved)
}
