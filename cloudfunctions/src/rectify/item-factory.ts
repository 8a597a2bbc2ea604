import { randomBytes } from 'node:crypto'
import { AppError } from '@contract/errors'
import { endOfShanghaiDay, shanghaiDay } from '@contract/domain/rectification-clock'
import type { Database } from '../shared/db-types'
import type { OrgUnitDoc, PersonDoc } from '../shared/docs'
import { getUnitsByIds } from '../shared/org-units'
import { RESPONSIBLE_ROLES } from './access'
import { getActivePerson } from '../shared/people'

export function newItemId(): string {
  return `rect-${Date.now().toString(36)}${randomBytes(5).toString('hex')}`
}

export interface VillagePlace {
  village: OrgUnitDoc
  township: OrgUnitDoc
  countyId: string
}

/** The village with its township and county, read once, so the item can carry them for indexes. */
export async function placeOf(db: Database, villageId: string): Promise<VillagePlace> {
  const [village] = (await getUnitsByIds(db, [villageId])).values()
  if (!village || village.level !== 'village')
    throw new AppError('not-found', '村不存在', { field: 'villageId' })
  const units = await getUnitsByIds(db, village.path)
  const township = [...units.values()].find((u) => u.level === 'township')
  const county = [...units.values()].find((u) => u.level === 'county')
  if (!township || !county) throw new AppError('internal', '组织架构不完整：村缺少乡镇或区县')
  return { village, township, countyId: county._id }
}

/** Responsible persons are cadres of the item's own village. */
export async function requireResponsible(
  db: Database,
  personId: string,
  villageId: string,
): Promise<PersonDoc> {
  const person = await getActivePerson(db, personId)
  const ok = person?.roles.some((g) => RESPONSIBLE_ROLES.includes(g.role) && g.unitIds.includes(villageId))
  if (!person || !ok)
    throw new AppError('invalid-argument', '责任人须为该村的驻村干部或村干部', {
      field: 'responsiblePersonId',
    })
  return person
}

/** A deadline is a Shanghai calendar day that has not passed yet. */
export function requireFutureDay(day: string, now: Date, field: string): Date {
  if (day < shanghaiDay(now)) throw new AppError('invalid-argument', '整改时限不能早于今天', { field })
  return endOfShanghaiDay(day)
}

export function trailLine(at: Date, label: string, actorName: string, comment: string): string {
  return `${shanghaiDay(at)} ${label} ${actorName}${comment ? `：${comment}` : ''}`
}
