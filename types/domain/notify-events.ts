import type { TemplateKey } from '../notice-templates'
import { CADRE_ROWS, type CadrePayloads } from './notify-cadre'
import { HOUSEHOLD_ROWS, type HouseholdPayloads } from './notify-household'
import { LEADER_ROWS, type LeaderPayloads } from './notify-leaders'
import { PRESENCE_ROWS, type PresencePayloads } from './notify-presence'
import { RECTIFY_ROWS, type RectifyPayloads } from './notify-rectify'
import type { EventRow, RowsOf } from './notify-row'

export type { EventRow } from './notify-row'
export * from './notify-pages'

/**
 * THE table of who is told what. Every event on a person's own case is listed once, with who
 * receives it and the exact Chinese message; handlers raise events, shared/notify-events.ts delivers
 * them (inbox always, a WeChat subscribe message when the person holds a grant). A new event is one
 * payload type and one row in its domain's file (notify-rectify.ts, notify-presence.ts, …).
 */
export type NotifyPayloads = RectifyPayloads &
  PresencePayloads &
  HouseholdPayloads &
  CadrePayloads &
  LeaderPayloads

export type NotifyKind = keyof NotifyPayloads

/** One event: `id` names this occurrence (an event id, a decision), so a retry tells no one twice. */
export interface NotifyEventOf<K extends NotifyKind> {
  kind: K
  id: string
  /** Who acted (null for the system): they are not told of their own act. */
  actorId: string | null
  payload: NotifyPayloads[K]
}
export type NotifyEvent = { [K in NotifyKind]: NotifyEventOf<K> }[NotifyKind]

export const NOTIFY_TABLE: RowsOf<NotifyPayloads> = {
  ...RECTIFY_ROWS,
  ...PRESENCE_ROWS,
  ...HOUSEHOLD_ROWS,
  ...CADRE_ROWS,
  ...LEADER_ROWS,
}

export interface NotifyMessage {
  personId: string
  kind: NotifyKind
  /** One inbox record per event and person. */
  inboxId: string
  /** The push is made at most once per person, topic and day. */
  topic: string
  refId: string
  template: TemplateKey
  status: string
  title: string
  body: string
  link: string
}

/**
 * The messages an event sends: who, and the words, straight from the table. Generic in the kind, so
 * the compiler pairs each kind with its own payload and row.
 */
export function messagesFor<K extends NotifyKind>(event: NotifyEventOf<K>): NotifyMessage[] {
  const row: EventRow<NotifyPayloads[K]> = NOTIFY_TABLE[event.kind]
  const { kind, id, actorId, payload } = event
  // The person who acted knows what they did; everyone else the row names is told once.
  const to = [...new Set(row.to(payload))].filter((personId) => personId && personId !== actorId)
  return to.map((personId) => ({
    personId,
    kind,
    inboxId: `${kind}-${id}-${personId}`,
    topic: row.topic ? row.topic(payload) : `${kind}-${id}`,
    refId: row.ref(payload),
    template: row.template,
    status: row.status(payload),
    title: row.title(payload),
    body: row.body(payload),
    link: row.link(payload),
  }))
}
