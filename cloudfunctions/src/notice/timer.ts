import { excusedRange } from '@contract/domain/presence'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { DailyJob } from '../shared/daily-jobs'
import type { Database } from '../shared/db-types'
import type { OrgUnitDoc } from '../shared/docs'
import { notify } from '../shared/notify'
import { effectivePolicy, presenceRemindersOn } from '../shared/presence-policy'
import { cadresOf } from './repo-people'
import { peopleByIds } from '../shared/people'
import { leavesOfVillagesFrom } from '../shared/presence-leaves'
import { villagesUnder } from '../shared/org-units'
import { presentSince, unvisitedByCadre } from './repo-signals'

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

/** Daily, on working days: resident cadres of the county with no record today, if its policy asks for it. */
export async function remindPresence(db: Database, now: Date, county: OrgUnitDoc): Promise<number> {
  const today = shanghaiDay(now)
  if (weekday(today) === 0 || weekday(today) === 6) return 0
  if (!(await wantsPresenceReminders(db, county))) return 0
  const villages = await villagesUnder(db, [county._id])
  const ids = villages.map((v) => v._id)
  const [present, away, cadres] = await Promise.all([
    presentSince(db, ids, today),
    onLeave(db, ids, today),
    cadresOf(db, villages, ['resident_cadre']),
  ])
  let sent = 0
  for (const { person, village } of cadres) {
    if (present.has(person._id) || away.has(person._id)) continue
    const res = await notify(db, now, {
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
    })
    if (res.created) sent += 1
  }
  return sent
}

/** Weekly (Mondays): pairing cadres of the county whose households have not been visited this period. */
export async function remindUnvisited(db: Database, now: Date, county: OrgUnitDoc): Promise<number> {
  const villages = await villagesUnder(db, [county._id])
  const tally = await unvisitedByCadre(
    db,
    villages.map((v) => v._id),
    now,
  )
  const people = await peopleByIds(db, [...tally.keys()])
  const names = new Map(villages.map((v) => [v._id, v.name]))
  let sent = 0
  for (const [personId, t] of tally) {
    const person = people.get(personId)
    if (!person || person.status !== 'active') continue
    const res = await notify(db, now, {
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
    if (res.created) sent += 1
  }
  return sent
}

/** 16:00 Shanghai (config.json's noticeDaily, WeChat allows one timer per function): daily, weekly parts on Mondays. */
export const NOTICE_JOBS: DailyJob[] = [
  {
    name: 'notice.reminders',
    dueMinute: 16 * 60,
    run: async (db, now, county) => {
      const presence = await remindPresence(db, now, county)
      const visits = weekday(shanghaiDay(now)) === 1 ? await remindUnvisited(db, now, county) : 0
      return { presence, visits }
    },
  },
]
