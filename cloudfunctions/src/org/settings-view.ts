import { AppError } from '@contract/errors'
import {
  POLICY_DEFAULTS,
  POLICY_SOURCE_LABELS,
  REMINDER_TIMES,
  stricterParts,
  type PolicySection,
} from '@contract/domain/county-policy'
import { VILLAGE_RADIUS_RANGE } from '@contract/domain/org-unit'
import type { SettingsView } from '@contract/api/org-settings'
import type { HandlerContext } from '../shared/context'
import type { OrgUnitDoc } from '../shared/docs'
import { getUnitsByIds } from '../shared/org-units'
import {
  baselineOf,
  effectiveOf,
  getPolicyDoc,
  sectionOf,
  type EffectivePolicy,
} from '../shared/presence-policy'
import { lastDoneRun, type JobRunDoc } from '../shared/daily-jobs'
import { RETENTION_JOBS, countOfRun } from '../shared/retention-jobs'
import { settingsHistory } from './repo-settings'
import { peopleByIds } from '../shared/people'

/** The county the caller administers: settings are the county organization department's. */
export async function adminCounty(ctx: HandlerContext): Promise<OrgUnitDoc> {
  const units = await getUnitsByIds(
    ctx.db,
    ctx.caller.roles.filter((g) => g.role === 'admin').flatMap((g) => g.unitIds),
  )
  const county = [...units.values()].find((u) => u.level === 'county')
  if (!county) throw new AppError('permission-denied', '只有区县组织部管理员可以修改本县设置')
  return county
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)

function sectionView<S extends PolicySection>(p: EffectivePolicy, section: S) {
  const s = sectionOf(p, section)
  return {
    values: s.values,
    source: s.source,
    sourceLabel: POLICY_SOURCE_LABELS[s.source],
    strict: stricterParts(section, baselineOf(section), s.values).length > 0,
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
  const [doc, checkIns, households, history] = await Promise.all([
    getPolicyDoc(ctx.db, county._id),
    lastDoneRun(ctx.db, RETENTION_JOBS.checkIns, county._id),
    lastDoneRun(ctx.db, RETENTION_JOBS.households, county._id),
    settingsHistory(ctx.db, county._id),
  ])
  const actors = await peopleByIds(
    ctx.db,
    history.flatMap((e) => (e.actorId ? [e.actorId] : [])),
  )
  const p = effectiveOf(county._id, doc)
  return {
    countyId: county._id,
    countyName: county.name,
    presence: sectionView(p, 'presence'),
    reminders: sectionView(p, 'reminders'),
    retention: sectionView(p, 'retention'),
    monitoring: sectionView(p, 'monitoring'),
    leave: sectionView(p, 'leave'),
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
