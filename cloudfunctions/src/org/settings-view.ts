import { AppError } from '@contract/errors'
import {
  POLICY_DEFAULTS,
  POLICY_SOURCE_LABELS,
  REMINDER_TIMES,
  stricterParts,
  type PolicySection,
  type PolicySource,
} from '@contract/domain/county-policy'
import { VILLAGE_RADIUS_RANGE } from '@contract/domain/org-unit'
import type { SettingsView } from '@contract/api/org-settings'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc } from '../shared/docs'
import { getUnitsByIds } from '../shared/org-units'
import {
  baselineOf,
  policyAt,
  prefectureEffectiveOf,
  sectionOf,
  storedSection,
  type EffectivePolicy,
  type PolicyDoc,
} from '../shared/presence-policy'
import { lastDoneRun, type JobRunDoc } from '../shared/daily-jobs'
import { RETENTION_JOBS, countOfRun } from '../shared/retention-jobs'
import { settingsHistory } from './repo-settings'
import { peopleByIds } from '../shared/people'

/**
 * The county (or 州/市) the caller administers: settings are its organization department's. A county
 * grant comes first; a 州/市 admin sets the rules its counties inherit.
 */
export async function adminCounty(ctx: HandlerContext): Promise<OrgUnitDoc> {
  const units = [
    ...(
      await getUnitsByIds(
        ctx.db,
        ctx.caller.roles.filter((g) => g.role === 'admin').flatMap((g) => g.unitIds),
      )
    ).values(),
  ]
  const unit = units.find((u) => u.level === 'county') ?? units.find((u) => u.level === 'prefecture')
  if (!unit) throw new AppError('permission-denied', '只有区县或州/市组织部管理员可以修改设置')
  return unit
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)

function sectionView<S extends PolicySection>(p: EffectivePolicy, parent: PolicyDoc | null, section: S) {
  const s = sectionOf(p, section)
  const baseline = baselineOf(section, parent)
  const baselineSource: PolicySource = storedSection(parent, section) ? 'prefecture' : 'default'
  return {
    values: s.values,
    source: s.source,
    sourceLabel: POLICY_SOURCE_LABELS[s.source],
    baseline: { values: baseline, source: baselineSource, sourceLabel: POLICY_SOURCE_LABELS[baselineSource] },
    strict: stricterParts(section, baseline, s.values).length > 0,
    reason: s.meta.reason,
    updatedAt: iso(s.meta.updatedAt),
    updatedByName: s.meta.updatedByName,
  }
}

function runView(run: JobRunDoc | null, key: string) {
  return run
    ? { at: new Date(run.finishedAt ?? run.startedAt).toISOString(), count: countOfRun(run.result, key) }
    : null
}

/** Everything the settings page shows, in one call: values, sources, reasons, last runs and history. */
export async function buildSettingsView(ctx: HandlerContext, county: OrgUnitDoc): Promise<SettingsView> {
  const [at, checkIns, households, history] = await Promise.all([
    policyAt(ctx.db, county),
    lastDoneRun(ctx.db, RETENTION_JOBS.checkIns, county._id),
    lastDoneRun(ctx.db, RETENTION_JOBS.households, county._id),
    settingsHistory(ctx.db, county._id),
  ])
  const actors = await peopleByIds(
    ctx.db,
    history.flatMap((e) => (e.actorId ? [e.actorId] : [])),
  )
  const p = at?.effective ?? prefectureEffectiveOf(county._id, null)
  const parent = at?.parent ?? null
  return {
    countyId: county._id,
    countyName: county.name,
    level: county.level === 'prefecture' ? 'prefecture' : 'county',
    presence: sectionView(p, parent, 'presence'),
    reminders: sectionView(p, parent, 'reminders'),
    retention: sectionView(p, parent, 'retention'),
    monitoring: sectionView(p, parent, 'monitoring'),
    leave: sectionView(p, parent, 'leave'),
    defaults: POLICY_DEFAULTS,
    radiusRange: { ...VILLAGE_RADIUS_RANGE },
    reminderTimes: REMINDER_TIMES.map((t) => ({ label: t.label, when: t.when })),
    lastRuns: { checkIns: runView(checkIns, 'coarsened'), households: runView(households, 'erased') },
    history: history.map((e) => ({
      id: e._id,
      at: new Date(e.at).toISOString(),
      byName: e.actorId ? (actors.get(e.actorId)?.name ?? '（已移除的人员）') : '未绑定微信用户',
      summary: e.summary,
    })),
  }
}
