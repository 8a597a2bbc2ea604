import { OPEN_STATES } from '@contract/domain/rectification'
import { remindersDue, shanghaiDay, type ReminderKind } from '@contract/domain/rectification-clock'
import { AppError, isAppError } from '@contract/errors'
import type { DailyJob } from '../shared/daily-jobs'
import type { Database } from '../shared/db-types'
import type { InboxDoc, RectItemDoc } from './docs'
import { allItems } from '../shared/rectify-items'
import { notifyAll } from '../shared/notify-batch'
import { peopleByIds } from '../shared/people'
import { proposeEscalation } from './strikes'
import { applyStep } from './transition'
import { batchAfter, JOB_BATCH, phaseCursor } from '../shared/job-batches'

const DAY_MS = 86_400_000

const TITLES: Record<ReminderKind, string> = {
  rect_sign_overdue: '整改事项超时未签收',
  rect_due_3d: '整改时限还有3天',
  rect_due_1d: '整改时限还有1天',
  rect_due_today: '今天是整改时限',
  rect_overdue: '整改事项已逾期',
}
/** Lapses go to the registrar too; the countdown only to the person doing the work. */
const TO_REGISTRAR: ReadonlySet<ReminderKind> = new Set(['rect_sign_overdue', 'rect_overdue'])

/**
 * Marks newly overdue items once each (a strike) and proposes the escalation step: at most a batch a
 * step (a struck item no longer matches, so the next step simply reads the rest).
 */
async function strikeOverdue(
  db: Database,
  now: Date,
  countyId: string,
): Promise<{ struck: number; more: boolean }> {
  const _ = db.command
  const due = await allItems(
    db,
    { overdueStruck: false, deadlineAt: _.lt(now), state: _.in([...OPEN_STATES]), countyId },
    'deadlineAt',
  )
  let struck = 0
  for (const item of due.slice(0, JOB_BATCH)) {
    try {
      const result = await applyStep(db, { caller: null, name: '系统', now }, item._id, 'overdue', null, {
        comment: `超过整改时限 ${item.deadline}`,
        strike: true,
        patch: (current) => {
          if (current.overdueStruck || !OPEN_STATES.includes(current.state))
            throw new AppError('failed-precondition', '已处理')
          return { overdueStruck: true }
        },
      })
      await proposeEscalation(db, result.after, result.event, now)
      struck += 1
    } catch (err) {
      // Moved on since the read (closed, or another run got there first): nothing to mark.
      if (!isAppError(err)) throw err
    }
  }
  return { struck, more: due.length > JOB_BATCH }
}

function inboxDoc(
  item: RectItemDoc,
  kind: ReminderKind,
  personId: string,
  openid: string | null,
  now: Date,
): InboxDoc {
  return {
    _id: `rect-${kind}-${item._id}-${personId}-${shanghaiDay(now).replace(/-/g, '')}`,
    personId,
    openid,
    kind,
    title: TITLES[kind],
    body: `${item.townshipName}${item.villageName}：${item.problem.slice(0, 40)}（时限 ${item.deadline}）`,
    link: `/packages/rectify/pages/detail/index?id=${item._id}`,
    refId: item._id,
    createdAt: now,
    readAt: null,
  }
}

/** Today's reminders: at most one per person, item, kind and day (the inbox id says so), one batch after `after`. */
async function remind(
  db: Database,
  now: Date,
  countyId: string,
  after: string | null,
): Promise<{ sent: number; next: string | null }> {
  const _ = db.command
  const open = _.in([...OPEN_STATES])
  const [near, unsigned] = await Promise.all([
    allItems(
      db,
      {
        deadlineAt: _.gte(new Date(now.getTime() - 2 * DAY_MS)).and(
          _.lte(new Date(now.getTime() + 4 * DAY_MS)),
        ),
        state: open,
        countyId,
      },
      'deadlineAt',
    ),
    allItems(db, { state: 'dispatched', signDueAt: _.lt(now), countyId }, 'signDueAt'),
  ])
  const items = new Map([...near, ...unsigned].map((i) => [i._id, i]))
  const wanted: Array<{ item: RectItemDoc; kind: ReminderKind; personId: string }> = []
  for (const item of items.values()) {
    for (const kind of remindersDue(item, now)) {
      wanted.push({ item, kind, personId: item.responsiblePersonId })
      if (TO_REGISTRAR.has(kind) && item.registeredById !== item.responsiblePersonId)
        wanted.push({ item, kind, personId: item.registeredById })
    }
  }
  const { batch, next } = batchAfter(wanted, (w) => `${w.item._id}/${w.kind}/${w.personId}`, after)
  const people = await peopleByIds(
    db,
    batch.map((w) => w.personId),
  )
  // notify() writes each inbox record once (its id) and also pushes a WeChat subscribe message.
  const sent = await notifyAll(
    db,
    now,
    batch.map((w) => inboxDoc(w.item, w.kind, w.personId, people.get(w.personId)?.openid ?? null, now)),
  )
  return { sent, next }
}

/** 08:00 Shanghai (config.json's rectifyDaily): overdue strikes first, so today's reminders see them. */
export const RECTIFY_JOBS: DailyJob[] = [
  {
    name: 'rectify.daily',
    dueMinute: 8 * 60,
    run: async (db, now, county, cursor) => {
      const at = phaseCursor(cursor, ['strike', 'remind'] as const)
      let strikes = 0
      if (at.phase === 'strike') {
        const { struck, more } = await strikeOverdue(db, now, county._id)
        if (more) return { strikes: struck, reminders: 0, continueFrom: 'strike:' }
        strikes = struck
      }
      // Strikes first, so today's reminders see them; one step sends at most one batch of reminders.
      const { sent, next } = await remind(db, now, county._id, at.after)
      return { strikes, reminders: sent, ...(next ? { continueFrom: `remind:${next}` } : {}) }
    },
  },
]
