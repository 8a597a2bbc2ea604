import { LATE_SYNC_MS, MAX_OFFLINE_AGE_MS } from './presence'

/** Within this, a capture is "now": the server's clock decides, the phone's is only a hint. */
const ONLINE_WINDOW_MS = 2 * 60 * 1000

export type CaptureTime =
  { ok: true; at: Date; syncedLate: boolean; offline: boolean } | { ok: false; message: string }

/**
 * Which instant a check-in is judged at. Sent at once: server time. Queued offline: the device time
 * of the capture is kept (the cadre was there then), and a delay over 2 hours marks it "synced late".
 * A device clock ahead of the server never moves a record into the future.
 */
export function judgeCaptureTime(capturedAt: Date, now: Date): CaptureTime {
  const age = now.getTime() - capturedAt.getTime()
  if (age <= ONLINE_WINDOW_MS) return { ok: true, at: now, syncedLate: false, offline: false }
  if (age > MAX_OFFLINE_AGE_MS) return { ok: false, message: '该签到采集于 7 天之前，已超过补传期限，未计入' }
  return { ok: true, at: capturedAt, syncedLate: age > LATE_SYNC_MS, offline: true }
}
