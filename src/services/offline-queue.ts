import Taro from '@tarojs/taro'
import type { ActionInput, ActionName, FunctionName } from '@contract/api'
import { isAppError } from '@contract/errors'
import type { UploadPurpose } from '@contract/domain/upload'
import { call, uploadFile } from './client'
import { newUploadPath, registerUpload, type Claimed } from './uploads'
import { isNetworkError } from './network-error'
import { uuid } from './uuid'

/**
 * A generic outbox for work made where there is no signal (check-ins, visits…). Every item is
 * persisted before it is sent, resent with the same id until the server answers, and never dropped:
 * a network failure keeps it waiting, a refusal by the server marks it failed with the reason.
 * Actions sent through it must be idempotent on a client id carried in their input.
 */
export type QueueState = 'pending' | 'failed' | 'synced'
export const QUEUE_STATE_LABELS: Record<QueueState, string> = {
  pending: '待同步',
  failed: '失败可重试',
  synced: '已同步',
}

/**
 * A local file to upload first (to its random `cloudPath`), then register for `purpose`; its fileID is
 * put into `input[field]`. Items queued by an older version have no purpose: they are check-in photos.
 */
export interface QueueUpload {
  field: string
  cloudPath: string
  filePath: string
  purpose?: UploadPurpose
  claimed?: Claimed
  fileID?: string
  registered?: boolean
}

/** One call the outbox carries: a function, one of its actions and that action's input, as the contract says. */
export type QueuedCall = {
  [F in FunctionName]: { [A in ActionName<F>]: { fn: F; action: A; input: ActionInput<F, A> } }[ActionName<F>]
}[FunctionName]

export type QueueItem = QueuedCall & QueueMeta

interface QueueMeta {
  id: string
  /** Device time the work was captured (ISO). */
  createdAt: string
  state: QueueState
  lastError: string | null
  attempts: number
  /** What the list shows, e.g. "在村签到". */
  label: string
  uploads?: QueueUpload[]
  result?: unknown
  syncedAt?: string
}

const KEY = 'zhucun.offlineQueue.v1'
/** How often waiting work is tried again without any network event: cheap, and soon enough in the field. */
const RETRY_INTERVAL_MS = 15_000
/** Synced items are kept a while so the cadre sees they went through; older ones are pruned. */
const MAX_SYNCED = 30

let cache: QueueItem[] | null = null
let flushing: Promise<void> | null = null
let started = false
const listeners = new Set<(items: QueueItem[]) => void>()

function load(): QueueItem[] {
  if (!cache) {
    const raw: unknown = Taro.getStorageSync(KEY)
    cache = Array.isArray(raw) ? (raw as QueueItem[]) : []
  }
  return cache
}

function save(next: QueueItem[]): void {
  cache = next
  Taro.setStorageSync(KEY, next)
  listeners.forEach((l) => l(next))
}

/** Changes what the queue knows about an item, never the call it carries. */
function patch(id: string, changes: Partial<QueueMeta>): void {
  save(load().map((i): QueueItem => (i.id === id ? Object.assign({}, i, changes) : i)))
}

export function listQueue(): QueueItem[] {
  return load()
}

export function getQueueItem(id: string): QueueItem | undefined {
  return load().find((i) => i.id === id)
}

export function subscribeQueue(listener: (items: QueueItem[]) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export type QueueEntry = QueuedCall & { label: string; uploads?: QueueUpload[]; id?: string }

export function enqueue(entry: QueueEntry): QueueItem {
  const item: QueueItem = {
    ...entry,
    id: entry.id ?? uuid(),
    createdAt: new Date().toISOString(),
    state: 'pending',
    lastError: null,
    attempts: 0,
  }
  save([...load(), item])
  return item
}

// The item was typed by the contract when queued; here it is one of many actions, with file ids added, and
// the client validates the input with the action's schema again before sending.
function callAny(fn: FunctionName, action: string, input: unknown): Promise<unknown> {
  return call(fn, action as never, input as never)
}

async function sendOne(item: QueueItem): Promise<'sent' | 'network' | 'refused'> {
  const attempts = item.attempts + 1
  try {
    const input: Record<string, unknown> = { ...item.input }
    const uploads = [...(item.uploads ?? [])]
    for (const [i, queued] of uploads.entries()) {
      const purpose: UploadPurpose = queued.purpose ?? 'check-in'
      const up = queued.purpose
        ? { ...queued, purpose }
        : { ...queued, purpose, cloudPath: newUploadPath(purpose) }
      const fileID = up.fileID ?? (await uploadFile(up.cloudPath, up.filePath))
      if (!up.registered) await registerUpload(fileID, up.purpose, up.claimed)
      // Remember at once, so a retry neither uploads nor registers the photo again.
      uploads[i] = { ...up, fileID, registered: true }
      if (!queued.registered) patch(item.id, { uploads: [...uploads] })
      input[up.field] = fileID
    }
    const result = await callAny(item.fn, item.action, input)
    patch(item.id, { state: 'synced', result, lastError: null, attempts, syncedAt: new Date().toISOString() })
    return 'sent'
  } catch (err) {
    if (isNetworkError(err)) {
      patch(item.id, { lastError: '网络不可用，恢复后自动发送', attempts })
      return 'network'
    }
    patch(item.id, { state: 'failed', lastError: isAppError(err) ? err.message : '发送失败', attempts })
    return 'refused'
  }
}

/** Sends every waiting item in order; stops at the first network failure (the rest would fail alike). */
export function flushQueue(): Promise<void> {
  if (flushing) return flushing
  flushing = (async () => {
    for (const item of load().filter((i) => i.state === 'pending')) {
      if ((await sendOne(item)) === 'network') break
    }
    const synced = load().filter((i) => i.state === 'synced')
    if (synced.length > MAX_SYNCED) {
      const drop = new Set(synced.slice(0, synced.length - MAX_SYNCED).map((i) => i.id))
      save(load().filter((i) => !drop.has(i.id)))
    }
  })().finally(() => {
    flushing = null
  })
  return flushing
}

/** Queue, then try to send at once; resolves with the item as it stands afterwards. */
export async function submit(entry: QueueEntry): Promise<QueueItem> {
  const item = enqueue(entry)
  await flushQueue()
  // A flush already running when the item was added did not see it: run one more.
  if (getQueueItem(item.id)?.attempts === 0) await flushQueue()
  return getQueueItem(item.id) ?? item
}

/** A failed item goes back to waiting and is sent again. */
export function retryItem(id: string): Promise<void> {
  patch(id, { state: 'pending', lastError: null })
  return flushQueue()
}

/** Flush when the network returns and when the app comes back to the foreground. Idempotent. */
export function startQueueSync(): void {
  if (started) return
  started = true
  const flush = () => void flushQueue()
  Taro.onNetworkStatusChange((res) => {
    if (res.isConnected) flush()
  })
  Taro.onAppShow(flush)
  // Browsers rarely fire the Network Information API's change event; `online` is what they do fire.
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') window.addEventListener('online', flush)
  // Neither event is certain: a page opened without signal may believe it is online all along, and a
  // weak signal comes back without any event. While work waits, try again now and then.
  setInterval(() => {
    if (load().some((i) => i.state === 'pending')) flush()
  }, RETRY_INTERVAL_MS)
  flush()
}
