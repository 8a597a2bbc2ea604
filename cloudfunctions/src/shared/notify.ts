import * as cloud from 'wx-server-sdk'
import { dedupeKey, type DeliveryStatus } from '@contract/domain/notice'
import { shanghaiDay } from '@contract/domain/rectification-clock'
import { NOTICE_TEMPLATES, templateData, type TemplateKey } from '@contract/notice-templates'
import type { Database } from './db-types'
import { clearGrant, refundGrant, takeGrant } from './notify-grants'

export const INBOX = 'inbox'
export const DELIVERIES = 'deliveries'

/**
 * One inbox record: every notice lands here, so nothing depends on WeChat's subscription quota. The
 * one shape of the `inbox` collection; a writer with a closed set of kinds narrows `K`.
 */
export interface InboxRecord<K extends string = string> {
  _id: string
  personId: string
  openid: string | null
  kind: K
  title: string
  body: string
  link: string
  refId: string
  createdAt: Date
  readAt: Date | null
}

export interface Notice {
  personId: string
  openid: string | null
  /** At most one push per person, topic and day; without `inboxId` also one inbox record. */
  topic: string
  kind: string
  title: string
  body: string
  /** Page to open, `/packages/...` (the push opens it too). */
  link: string
  refId: string
  template: TemplateKey
  /** Callers that keep several records a day on one topic (one per item) name them. */
  inboxId?: string
  sender?: string
  status?: string
}

export interface NotifyResult {
  inboxId: string
  /** False when this record already existed (the same notice again): nothing was sent. */
  created: boolean
  delivery: DeliveryStatus
}

export interface DeliveryDoc {
  _id: string
  personId: string
  openid: string | null
  topic: string
  inboxId: string
  templateKey: TemplateKey
  status: DeliveryStatus | 'pending'
  errCode: number | null
  errMsg: string
  at: Date
}

/** Adds a doc under a fixed id; false when the id is taken (a unique `_id` is the only atomic claim). */
async function claim(db: Database, collection: string, doc: { _id: string }): Promise<boolean> {
  try {
    await db.collection(collection).add({ data: { ...doc } })
    return true
  } catch (err) {
    // A document read (the SDK throws on a missing id, hence the fallback).
    const taken = await db
      .collection(collection)
      .doc(doc._id)
      .get<{ _id: string }>()
      .then(
        (r) => !!r.data,
        () => false,
      )
    if (taken) return false
    throw err
  }
}

interface SendParams {
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
}

// The SDK types openapi as `any`; this is the one call we make, typed.
function subscribeSend(params: SendParams): Promise<unknown> {
  const api = cloud.openapi as unknown as { subscribeMessage: { send(p: SendParams): Promise<unknown> } }
  return api.subscribeMessage.send(params)
}

function errorCode(err: unknown): number {
  const code = typeof err === 'object' && err !== null ? Number((err as { errCode?: unknown }).errCode) : NaN
  return Number.isFinite(code) ? code : -1
}

/** What a push without a grant left records. */
export const NO_GRANT = { status: 'no_grant', errCode: null, errMsg: '用户没有剩余的订阅次数' } as const

export async function push(
  db: Database,
  now: Date,
  n: Notice,
  openid: string,
): Promise<{ status: DeliveryStatus; errCode: number | null; errMsg: string }> {
  if (!(await takeGrant(db, openid, n.template, now))) return NO_GRANT
  try {
    await subscribeSend({
      touser: openid,
      templateId: NOTICE_TEMPLATES[n.template].id,
      page: n.link.replace(/^\//, ''),
      data: templateData(n.template, {
        title: n.title,
        body: n.body,
        sender: n.sender,
        status: n.status ?? '待办理',
        day: shanghaiDay(now),
      }),
    })
    return { status: 'sent', errCode: 0, errMsg: '' }
  } catch (err) {
    const errCode = errorCode(err)
    if (errCode === 43101) await clearGrant(db, openid, n.template, now)
    else await refundGrant(db, openid, n.template, now)
    return {
      status: errCode === 43101 ? 'no_grant' : 'failed',
      errCode,
      errMsg: String((err as { errMsg?: unknown })?.errMsg ?? err).slice(0, 300),
    }
  }
}

/**
 * Notify one person: write the inbox record, then try a WeChat subscribe message, using one of the
 * user's grants. The push is made at most once per person, topic and Shanghai day (its delivery id
 * is `${personId}_${topic}_${day}`); every attempt records its result in `deliveries`.
 */
export async function notify(db: Database, now: Date, n: Notice): Promise<NotifyResult> {
  const key = dedupeKey(n.personId, n.topic, shanghaiDay(now))
  const inboxId = n.inboxId ?? key
  const record: InboxRecord = {
    _id: inboxId,
    personId: n.personId,
    openid: n.openid,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    refId: n.refId,
    createdAt: now,
    readAt: null,
  }
  if (!(await claim(db, INBOX, record))) return { inboxId, created: false, delivery: 'duplicate' }
  return { inboxId, created: true, delivery: await deliver(db, now, n, key, inboxId) }
}

/** The push part of notify() once its inbox record is written: claim the delivery, push, record it. */
export async function deliver(
  db: Database,
  now: Date,
  n: Notice,
  key: string,
  inboxId: string,
): Promise<DeliveryStatus> {
  const delivery: DeliveryDoc = {
    _id: key,
    personId: n.personId,
    openid: n.openid,
    topic: n.topic,
    inboxId,
    templateKey: n.template,
    status: 'pending',
    errCode: null,
    errMsg: '',
    at: now,
  }
  if (!(await claim(db, DELIVERIES, delivery))) return 'duplicate'
  const result = n.openid
    ? await push(db, now, n, n.openid)
    : { status: 'no_openid' as const, errCode: null, errMsg: '未绑定微信' }
  await db
    .collection(DELIVERIES)
    .doc(key)
    .update({ data: { status: result.status, errCode: result.errCode, errMsg: result.errMsg } })
  return result.status
}

/**
 * Unread inbox records of a person (index person_read): the notice function's badge query, also
 * answered with the workbench so opening the app costs one call, not two.
 */
export async function unreadCount(db: Database, personId: string): Promise<number> {
  return (await db.collection(INBOX).where({ personId, readAt: null }).count()).total
}
