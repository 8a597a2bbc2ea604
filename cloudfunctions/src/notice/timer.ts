import { excusedRange } from '@contract/domain/presence'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { DailyJob } from '../shared/daily-jobs'
import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import type { Notice } from '../shared/notify'
import { notifyBatch } from '../shared/notify-batch'
import { effectivePolicy, presenceRemindersOn } from '../shared/presence-policy'
import { cadresOf } from './repo-people'
import { peopleByIds } from '../shared/people'
import { leavesOfVillagesFrom } from '../shared/presence-leaves'
import { villagesUnder } from '../shared/org-units'
import { presentSince, unvisitedByCadre } from './repo-signals'
import { batchAfter, phaseCursor } from '../shared/job-batches'

export const PRESENCE_PAGE = '/packages/presence/pages/calendar/index'
export const INBOX_PAGE = '/packages/notice/pages/inbox/index'

function weekday(day: string): number {
  return new Date(`${day}T00:00:00.000Z`).getUTCDay()
}

/**
 * No nagging by default (减负): the daily reminder goes out only where the county admin switched it on
 * in the settings with a written reason; a stricter presence policy alone does not switch it on.
 */
async function wantsPresenceReminders(db: Database, county: OrgUnitDoc): Promise<boolean> {
  const policy = await effectivePolicy(db, county)
  return !!policy && presenceRemindersOn(policy)
}

/** People on leave today in these villages: they are not reminded. */
async function onLeave(db: Database, villageIds: string[], today: string): Promise<Set<string>> {
  const leaves = await leavesOfVillagesFrom(db, villageIds, today)
  return new Set(
    leaves
      .filter((l) => {
        const r = excusedRange(l)
        return !!r && r.start <= today && today <= r.end
      })
      .map((l) => l.personId),
  )
}

interface Sent {
  sent: number
  /** Records this batch looked at (a batch holds at most JOB_BATCH). */
  handled: number
  /** Where the next batch starts, when this one did not reach the end. */
  next: string | null
}
const NONE: Sent = { sent: 0, handled: 0, next: null }

/**
 * Daily, on working days: resident cadres of the county with no record today, if its policy asks for
 * it; one bounded batch after `after` (cadre id / village id).
 */
export async function remindPresence(
  db: Database,
  now: Date,
  county: OrgUnitDoc,
  after: string | null = null,
): Promise<Sent> {
  const today = shanghaiDay(now)
  if (weekday(today) === 0 || weekday(today) === 6) return NONE
  if (!(await wantsPresenceReminders(db, county))) return NONE
  const villages = await villagesUnder(db, [county._id])
  const ids = villages.map((v) => v._id)
  const [present, away, cadres] = await Promise.all([
    presentSince(db, ids, today),
    onLeave(db, ids, today),
    cadresOf(db, villages, ['resident_cadre']),
  ])
  const missing = cadres.filter(({ person }) => !present.has(person._id) && !away.has(person._id))
  const { batch, next } = batchAfter(missing, (c) => `${c.person._id}/${c.village._id}`, after)
  const res = await notifyBatch(
    db,
    now,
    batch.map(({ person, village }): Notice => ({
      personId: person._id,
      openid: person.openid,
      topic: 'presence-missing',
      kind: 'presence_missing',
      title: '今日尚无在村记录',
      body: `${village.name}：今天还没有在村记录，在村请记得签到；已请假可忽略`,
      link: PRESENCE_PAGE,
      refId: village._id,
      template: 'reminder',
      status: '待签到',
    })),
  )
  const sent = res.filter((r) => r.created).length
  return { sent, handled: batch.length, next }
}

/** Weekly (Mondays): pairing cadres of the county whose households have not been visited this period, one batch. */
export async function remindUnvisited(
  db: Database,
  now: Date,
  county: OrgUnitDoc,
  after: string | null = null,
): Promise<Sent> {
  const villages = await villagesUnder(db, [county._id])
  const tally = await unvisitedByCadre(
    db,
    villages.map((v) => v._id),
    now,
  )
  const { batch, next } = batchAfter([...tally], ([personId]) => personId, after)
  // Only this batch's people: the rest are read by the steps that remind them.
  const people = await peopleByIds(
    db,
    batch.map(([personId]) => personId),
  )
  const names = new Map(villages.map((v) => [v._id, v.name]))
  const notices: Notice[] = []
  for (const [personId, t] of batch) {
    const person = people.get(personId)
    if (!person || person.status !== 'active') continue
    notices.push({
      personId,
      openid: person.openid,
      topic: 'visit-due',
      kind: 'visit_due',
      title: '本周期结对户尚未走访',
      body: `${names.get(t.villageId) ?? ''}：还有 ${t.count} 户结对帮扶户本周期尚未走访（监测对象、脱贫户按县定走访周期）`,
      link: INBOX_PAGE,
      refId: t.villageId,
      template: 'reminder',
      status: '待走访',
    })
  }
  const sent = (await notifyBatch(db, now, notices)).filter((r) => r.created).length
  return { sent, handled: batch.length, next }
}

/** 16:00 Shanghai (config.json's noticeDaily, WeChat allows one timer per function): daily, weekly parts on Mondays. */
export const NOTICE_JOBS: DailyJob[] = [
  {
    name: 'notice.reminders',
    dueMinute: 16 * 60,
    run: async (db, now, county, cursor) => {
      const at = phaseCursor(cursor, ['presence', 'visits'] as const)
      let presence = 0
      if (at.phase === 'presence') {
        const p = await remindPresence(db, now, county, at.after)
        if (p.next) return { presence: p.sent, visits: 0, continueFrom: `presence:${p.next}` }
        presence = p.sent
        const monday = weekday(shanghaiDay(now)) === 1
        // The weekly part is its own batch: one step never sends more than one batch.
        if (monday && p.handled > 0) return { presence, visits: 0, continueFrom: 'visits:' }
        if (!monday) return { presence, visits: 0 }
      }
      const v = await remindUnvisited(db, now, county, at.phase === 'visits' ? at.after : null)
      return { presence, visits: v.sent, ...(v.next ? { continueFrom: `visits:${v.next}` } : {}) }
    },
  },
]
