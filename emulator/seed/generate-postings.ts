import { backfillPostings, type BackfillPerson } from '../../types/domain/posting-backfill'
import type { RoleGrant } from '../../types/domain/role'
import type { GeneratedOrg } from './generate-org'
import type { SeedDoc } from './jsonl'

const CREATED = new Date('2025-03-01T01:00:00.000Z')
const TERM = { batch: '第三批', startDay: '2025-03-01', plannedEndDay: '2027-02-28' }
/** One 队员 of the second township's first village is past the planned end: a case for the 排查. */
const PAST_TERM = { batch: '第二批', startDay: '2024-09-01', plannedEndDay: '2026-08-31' }

function asPerson(doc: SeedDoc): BackfillPerson {
  return { _id: String(doc._id), name: String(doc.name), roles: doc.roles as RoleGrant[] }
}

/** A 工作队 per village from the generated roster (the same rule as the backfill action). */
export function generatePostings(org: GeneratedOrg): { postings: SeedDoc[] } {
  const villages = new Map(org.units.filter((u) => u.level === 'village').map((u) => [String(u._id), u]))
  const pastVillage = org.villages.find((v) => v.townshipId !== org.villages[0]?.townshipId)?.id
  const made = backfillPostings(org.people.map(asPerson), new Set(villages.keys()), new Set(), new Set())
  const postings = made.map((p) => {
    const term = p.villageId === pastVillage && p.teamRole === 'member' ? PAST_TERM : TERM
    return {
      _id: `ps-${p.personId}-${p.villageId.replace(/^u-/, '')}-${term.startDay.replace(/-/g, '')}`,
      ...p,
      unitPath: villages.get(p.villageId)?.path,
      ...term,
      status: 'active',
      endedDay: null,
      endKind: null,
      recallReason: null,
      endNote: null,
      successorId: null,
      createdAt: CREATED,
      updatedAt: CREATED,
    }
  })
  return { postings }
}
