import { countyIdOf, prefectureIdOf, type TreeUnit } from './org-tree'
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

/** One layer of settings: a county's or a 州/市's stored doc (null while it never set anything). */
export interface PolicyLayer {
  doc: PolicyDoc | null
  source: Exclude<PolicySource, 'default'>
}

/** Nearest layer first: the first that set the section wins, else the default. Same for every section. */
function effectiveSection<S extends PolicySection>(
  layers: readonly PolicyLayer[],
  section: S,
): EffectiveSection<S> {
  for (const layer of layers) {
    const stored = storedSection(layer.doc, section)
    if (stored) return { values: PICK[section](stored), source: layer.source, meta: metaOf(stored) }
  }
  return { values: { ...POLICY_DEFAULTS[section] }, source: 'default', meta: NO_META }
}

/** Every section through the same inheritance; a new section is one key here (the compiler asks for it). */
function sectionsOf(layers: readonly PolicyLayer[]): EffectiveSections {
  return {
    presence: effectiveSection(layers, 'presence'),
    reminders: effectiveSection(layers, 'reminders'),
    retention: effectiveSection(layers, 'retention'),
    monitoring: effectiveSection(layers, 'monitoring'),
    leave: effectiveSection(layers, 'leave'),
  }
}

/**
 * The policy of a unit's own layer over its parents' (`parent`: the 州/市 above a county). `unitId` is
 * the county's (or, for a prefecture's own settings, the prefecture's) id.
 */
export function effectiveOf(
  unitId: string,
  doc: PolicyDoc | null,
  parent: PolicyDoc | null = null,
): EffectivePolicy {
  const own: PolicyLayer = { doc, source: 'county' }
  return { countyId: unitId, ...sectionsOf(parent ? [own, { doc: parent, source: 'prefecture' }] : [own]) }
}

/** A prefecture's own settings: its layer over the defaults. */
export function prefectureEffectiveOf(prefectureId: string, doc: PolicyDoc | null): EffectivePolicy {
  return { countyId: prefectureId, ...sectionsOf([{ doc, source: 'prefecture' }]) }
}

/** The rule a county's section falls back to: its 州/市's where that set one, else the default. */
export function baselineOf<S extends PolicySection>(
  section: S,
  parent: PolicyDoc | null = null,
): SectionValues[S] {
  const stored = storedSection(parent, section)
  return stored ? PICK[section](stored) : { ...POLICY_DEFAULTS[section] }
}

/** A unit's own policy doc (a county's or a 州/市's) and the one above it, and what applies there. */
export interface PolicyAt {
  unitId: string
  own: PolicyDoc | null
  parent: PolicyDoc | null
  effective: EffectivePolicy
}

/**
 * The layers at a unit: for a unit in a county, the county's doc over its 州/市's (read only when there
 * is one: without a 州/市 above, one document read, as before); for a prefecture, its own doc alone.
 */
export async function policyAt(db: Database, unit: TreeUnit): Promise<PolicyAt | null> {
  const countyId = countyIdOf(unit)
  const prefectureId = prefectureIdOf(unit)
  const [county, prefecture] = await Promise.all([
    countyId ? getPolicyDoc(db, countyId) : Promise.resolve(null),
    prefectureId ? getPolicyDoc(db, prefectureId) : Promise.resolve(null),
  ])
  if (countyId)
    return {
      unitId: countyId,
      own: county,
      parent: prefecture,
      effective: effectiveOf(countyId, county, prefecture),
    }
  if (prefectureId)
    return {
      unitId: prefectureId,
      own: prefecture,
      parent: null,
      effective: prefectureEffectiveOf(prefectureId, prefecture),
    }
  return null
}

/** The rules that apply to a unit: its county's over its 州/市's over the defaults (a 州/市: its own). */
export async function effectivePolicy(db: Database, unit: TreeUnit): Promise<EffectivePolicy | null> {
  return (await policyAt(db, unit))?.effective ?? null
}

/** The presence rules at a unit (the defaults where it has no county or 州/市 above). */
export async function presenceRulesAt(db: Database, unit: TreeUnit): Promise<PolicyRules> {
  return (await effectivePolicy(db, unit))?.presence.values ?? { ...DEFAULT_POLICY }
}

/** The presence policy as the app shows it, for the county (or 州/市) of a unit. */
export async function loadPolicyAt(db: Database, unit: TreeUnit): Promise<PolicyView> {
  return policyViewOf(await effectivePolicy(db, unit), unit)
}

/** A month's rules (presence as shown, and leave) from one read of the policy. */
export async function monthRulesAt(
  db: Database,
  unit: TreeUnit,
): Promise<{ policy: PolicyView; leave: LeaveRules }> {
  const p = await effectivePolicy(db, unit)
  return { policy: policyViewOf(p, unit), leave: p?.leave.values ?? { ...POLICY_DEFAULTS.leave } }
}

function policyViewOf(p: Awaited<ReturnType<typeof effectivePolicy>>, unit: TreeUnit): PolicyView {
  const id = p?.countyId ?? unit._id
  const s = p?.presence
  const rules = s ? s.values : { ...DEFAULT_POLICY }
  return {
    ...rules,
    countyId: id,
    reason: s?.meta.reason ?? null,
    strict: isStrictPolicy(rules),
    updatedAt: s?.meta.updatedAt ? new Date(s.meta.updatedAt).toISOString() : null,
    updatedByName: s?.meta.updatedByName ?? null,
  }
}

/** The daily presence reminder is sent only where the county (or its 州/市) switched it on with a written reason. */
export function presenceRemindersOn(p: EffectivePolicy): boolean {
  const r = p.reminders
  return r.values.presenceDaily && typeof r.meta.reason === 'string' && r.meta.reason.trim().length > 0
}

/** The leave rules at a unit: its county's, else its 州/市's, else the defaults. */
export async function leaveRulesAt(db: Database, unit: TreeUnit): Promise<LeaveRules> {
  return (await effectivePolicy(db, unit))?.leave.values ?? { ...POLICY_DEFAULTS.leave }
}

/** What "met the monthly days" means at a unit: the required days and the leave types that count. */
export async function metRuleAt(db: Database, unit: TreeUnit): Promise<MetRule> {
  const p = await effectivePolicy(db, unit)
  return {
    requiredDays: (p?.presence.values ?? POLICY_DEFAULTS.presence).requiredDays,
    counts: (p?.leave.values ?? POLICY_DEFAULTS.leave).counts,
  }
}
export interface MetRule {
  requiredDays: number
  counts: LeaveRules['counts']
}
