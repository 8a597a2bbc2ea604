import {
  messagesFor,
  type NotifyEventOf,
  type NotifyKind,
  type NotifyMessage,
} from '@contract/domain/notify-events'
import type { Database } from './db-types'
import type { PersonDoc } from './docs'
import { logEvent } from './log'
import { notify } from './notify'
import { peopleByIds } from './people'

type Recipient = Pick<PersonDoc, '_id' | 'openid' | 'status'>

/** The recipients' openids in one read; a revoked person is no longer told anything. */
async function recipients(db: Database, ids: string[]): Promise<Map<string, Recipient>> {
  const unique = [...new Set(ids)]
  const map = new Map<string, Recipient>()
  if (unique.length === 0) return map
  for (const p of (await peopleByIds(db, unique)).values()) if (p.status === 'active') map.set(p._id, p)
  return map
}

async function deliver(db: Database, now: Date, m: NotifyMessage, openid: string | null): Promise<boolean> {
  const res = await notify(db, now, {
    personId: m.personId,
    openid,
    topic: m.topic,
    kind: m.kind,
    inboxId: m.inboxId,
    title: m.title,
    body: m.body,
    link: m.link,
    refId: m.refId,
    template: m.template,
    status: m.status,
  })
  return res.created
}

/**
 * Tells everyone an event concerns (NOTIFY_TABLE says who and with what words): an inbox record
 * each, and a subscribe message where the person holds a grant. Called after the event's own write
 * has committed; a failure here is logged and does not undo the decision (the event stands, and the
 * person still sees it on the record itself). Returns how many were newly told.
 */
export async function tellEvent<K extends NotifyKind>(
  db: Database,
  now: Date,
  event: NotifyEventOf<K>,
  requestId = '',
): Promise<number> {
  const messages = messagesFor(event)
  let told = 0
  try {
    const people = await recipients(
      db,
      messages.map((m) => m.personId),
    )
    for (const m of messages) {
      const person = people.get(m.personId)
      if (person && (await deliver(db, now, m, person.openid))) told += 1
    }
  } catch (err) {
    logEvent({ event: 'notify_failed', requestId, kind: event.kind, id: event.id, error: String(err) })
  }
  return told
}
