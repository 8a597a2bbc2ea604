import { countyIdOf, type TreeUnit } from './org-tree'
import { DEFAULT_POLICY, isStrictPolicy, type PolicyRules } from '@contract/domain/presence'
import {
  POLICY_DEFAULTS,
  type PolicySection,
  type PolicySource,
  type SectionValues,
} from '@contract/domain/county-policy'
import type { PolicyView } from '@contract/api/presence-views'
import type { LeaveRules } from '@contract/domain/leave-policy'
import type { Database } from './db-types'

// The one owner of the county policies (collection `presence_policies`, one doc per county, id = county
// unit id): org and presence write them; presence, notice, report and visit read them here.
const POLICIES = 'presence_policies'

/** Who last set a section and why; null while the section has never been set. */
export interface SectionMeta {
  reason: string | null
  updatedAt: Date | null
  updatedById: string | null
  updatedByName: string | null
}

type SectionDoc<S extends PolicySection> = SectionValues[S] & SectionMeta

/**
 * The presence section sits at the top level (the shape stored before the other sections existed);
 * the other sections are sub-documents, absent while their defaults apply.
 */
export interface PolicyDoc extends PolicyRules, SectionMeta {
  _id: string
  history: Array<PolicyRules & { reason: string | null; at: Date; byName: string }>
  reminders?: SectionDoc<'reminders'>
  retention?: SectionDoc<'retention'>
  monitoring?: SectionDoc<'monitoring'>
  leave?: SectionDoc<'leave'>
}

/** The county's policy doc (id = county unit id), or null while the defaults apply. */
export async function getPolicyDoc(db: Database, countyId: string): Promise<PolicyDoc | null> {
  return (await db.collection(POLICIES).doc(countyId).get<PolicyDoc>()).data
}

export async function savePolicyDoc(db: Database, doc: PolicyDoc): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(POLICIES).doc(_id).set({ data })
}

export function rulesOf(doc: PolicyDoc | null): PolicyRules {
  if (!doc) return { ...DEFAULT_POLICY }
  return {
    requiredDays: doc.requiredDays,
    checkInsPerDay: doc.checkInsPerDay,
    photoRequired: doc.photoRequired,
  }
}

export function policyView(countyId: string, doc: PolicyDoc | null): PolicyView {
  const rules = rulesOf(doc)
  return {
    ...rules,
    countyId,
    reason: doc?.reason ?? null,
    strict: isStrictPolicy(rules),
    updatedAt: doc?.updatedAt ? new Date(doc.updatedAt).toISOString() : null,
    updatedByName: doc?.updatedByName ?? null,
  }
}

export async function loadPolicy(db: Database, countyId: string): Promise<PolicyView> {
  return policyView(countyId, await getPolicyDoc(db, countyId))
}

/** One section as it applies, with where it came from. */
export interface EffectiveSection<S extends PolicySection> {
  values: SectionValues[S]
  source: PolicySource
  meta: SectionMeta
}
export type EffectiveSections = { [S in PolicySection]: EffectiveSection<S> }
export type EffectivePolicy = EffectiveSections & { countyId: string }

export function sectionOf<S extends PolicySection>(p: EffectiveSections, section: S): EffectiveSection<S> {
  return p[section]
}

const NO_META: SectionMeta = { reason: null, updatedAt: null, updatedById: null, updatedByName: null }

function metaOf(m: SectionMeta | undefined): SectionMeta {
  return m
    ? {
        reason: m.reason ?? null,
        updatedAt: m.updatedAt ?? null,
        updatedById: m.updatedById ?? null,
        updatedByName: m.updatedByName ?? null,
      }
    : NO_META
}

/** A section's stored values, or null while it was never set. */
export function storedSection<S extends PolicySection>(
  doc: PolicyDoc | null,
  section: S,
): SectionDoc<S> | null
export function storedSection(
  doc: PolicyDoc | null,
  section: PolicySection,
): SectionDoc<PolicySection> | null {
  if (!doc) return null
  if (section === 'presence') return doc.updatedAt ? { ...rulesOf(doc), ...metaOf(doc) } : null
  return doc[section] ?? null
}

// Only the section's own keys: the stored doc also carries who set it and why.
const PICK: { [S in PolicySection]: (stored: SectionDoc<S>) => SectionValues[S] } = {
  presence: (s) => ({
    requiredDays: s.requiredDays,
    checkInsPerDay: s.checkInsPerDay,
    photoRequired: s.photoRequired,
  }),
  reminders: (s) => ({ presenceDaily: s.presenceDaily }),
  retention: (s) => ({ checkInDays: s.checkInDays, householdYears: s.householdYears }),
  monitoring: (s) => ({
    incomeLine: s.incomeLine,
    lineYear: s.lineYear,
    publicity: s.publicity,
    publicityDays: s.publicityDays,
    villageDays: s.villageDays,
    townshipDays: s.townshipDays,
    countyDays: s.countyDays,
  }),
  // Types added after a county saved its rules take their default until the county decides.
  leave: (s) => ({
    counts: { ...POLICY_DEFAULTS.leave.counts, ...s.counts },
    caps: { ...POLICY_DEFAULTS.leave.caps, ...s.caps },
    dailySubsidy: s.dailySubsidy ?? null,
  }),
}

function effectiveSection<S extends PolicySection>(doc: PolicyDoc | null, section: S): EffectiveSection<S> {
  const stored = storedSection(doc, section)
  // Today a county's own setting lies directly on the default; a prefecture layer would sit between.
  if (!stored) return { values: { ...POLICY_DEFAULTS[section] }, source: 'default', meta: NO_META }
  return { values: PICK[section](stored), source: 'county', meta: metaOf(stored) }
}

export function effectiveOf(countyId: string, doc: PolicyDoc | null): EffectivePolicy {
  return {
    countyId,
    presence: effectiveSection(doc, 'presence'),
    reminders: effectiveSection(doc, 'reminders'),
    retention: effectiveSection(doc, 'retention'),
    monitoring: effectiveSection(doc, 'monitoring'),
    leave: effectiveSection(doc, 'leave'),
  }
}

/** The rule a section would fall back to: the default today, a prefecture's rule once they exist. */
export function baselineOf<S extends PolicySection>(section: S): SectionValues[S] {
  return { ...POLICY_DEFAULTS[section] }
}

/** The rules that apply to a unit (county, township, village or group): its county's, else the defaults. */
export async function effectivePolicy(db: Database, unit: TreeUnit): Promise<EffectivePolicy | null> {
  const countyId = countyIdOf(unit)
  return countyId ? effectiveOf(countyId, await getPolicyDoc(db, countyId)) : null
}

/** The daily presence reminder is sent only where the county switched it on with a written reason. */
export function presenceRemindersOn(doc: PolicyDoc | null): boolean {
  const r = doc?.reminders
  return !!r && r.presenceDaily === true && typeof r.reason === 'string' && r.reason.trim().length > 0
}

/** The county's leave rules as they apply (the defaults while it never set them). */
export async function leaveRulesOf(db: Database, countyId: string): Promise<LeaveRules> {
  return effectiveOf(countyId, await getPolicyDoc(db, countyId)).leave.values
}

/** What "met the monthly days" means in a county: the required days and the leave types that count. */
export function metRuleOf(countyId: string, doc: PolicyDoc | null): MetRule {
  return { requiredDays: rulesOf(doc).requiredDays, counts: effectiveOf(countyId, doc).leave.values.counts }
}
export interface MetRule {
  requiredDays: number
  counts: LeaveRules['counts']
}
