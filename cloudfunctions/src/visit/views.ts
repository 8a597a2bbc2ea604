import { CHECK, RISK, failedChecks, isDangerousHouse } from '@contract/domain/visit-form'
import { kindLabel, POVERTY_CAUSE } from '@contract/domain/household'
import { maskName, maskText } from '@contract/domain/visit-mask'
import type { HouseholdRow, VisitSummary } from '@contract/api/visit-schemas'
import type { z } from '@contract/zod'
import type { sharedVisitSchema } from '@contract/api/visit-schemas'
import type { HouseholdDoc } from '../shared/docs'
import { kindOf } from '../shared/households'
import { initialsOf } from '../shared/initials'
import type { VisitDoc } from './docs'
import type { HouseholdDue } from '../shared/household-due'

export function toVisitSummary(v: VisitDoc): VisitSummary {
  return {
    id: v._id,
    householdId: v.householdId,
    headName: v.headName,
    villageId: v.villageId,
    villageName: v.villageName,
    authorName: v.authorName,
    startedAt: new Date(v.startedAt).toISOString(),
    version: v.version,
    status: v.status,
    failedChecks: failedChecks(v.form).map((k) => CHECK.labels[k]),
    risks: v.form.risks.map((r) => RISK.labels[r]),
    dangerousHouse: isDangerousHouse(v.form),
    photos: v.photos.length,
    photoCount: v.photoCount,
    shared: v.shared,
    syncedLate: v.syncedLate,
  }
}

export function toHouseholdRow(
  h: HouseholdDoc,
  villageName: string,
  due: HouseholdDue | undefined,
  me: string,
): HouseholdRow {
  const { kind, monitorType } = kindOf(h)
  return {
    id: h._id,
    headName: h.headName,
    initials: initialsOf(h.headName, 'person'),
    villageId: h.villageId,
    villageName,
    kind,
    kindLabel: kindLabel(kind, monitorType),
    mainCauseLabel: h.mainCause ? POVERTY_CAUSE.labels[h.mainCause] : '',
    memberCount: h.members.length,
    periodLabel: due?.periodLabel ?? '',
    due: due?.due ?? false,
    visitsThisPeriod: due?.visits ?? 0,
    lastVisitAt: due?.lastVisitAt ? due.lastVisitAt.toISOString() : null,
    mine: h.pairingCadreIds.includes(me),
  }
}

/**
 * A visit as an example for other villages: the head's name masked everywhere it appears, long
 * numbers hidden in free text; the household id, place, location and photos are left out.
 */
export function toSharedVisit(v: VisitDoc, townshipName: string): z.infer<typeof sharedVisitSchema> {
  const hide = (t: string) => maskText(t, [v.headName])
  const checks = Object.fromEntries(
    Object.entries(v.form.checks).map(([k, c]) => [k, { ...c, note: hide(c.note) }]),
  ) as VisitDoc['form']['checks']
  return {
    id: v._id,
    villageName: v.villageName,
    townshipName,
    headName: maskName(v.headName),
    authorName: v.authorName,
    startedAt: new Date(v.startedAt).toISOString(),
    form: {
      ...v.form,
      checks,
      problems: hide(v.form.problems),
      help: { ...v.form.help, text: hide(v.form.help.text) },
    },
  }
}
