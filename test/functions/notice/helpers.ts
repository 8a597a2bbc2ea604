import { forgetJobRuns } from '../../helpers/job-runs'
import type { RunningCloud } from '../../helpers/local-cloud'
import { NOTICE_TEMPLATES, type TemplateKey } from '../../../types/notice-templates'

export { ok, fail, personIdOf, FIRST_VILLAGE, FIRST_TOWNSHIP, COUNTY } from '../org/fixtures'

/** Tests' pinned clock: Friday 2026-11-20, 09:00 in Shanghai (the demo seed is built around it). */
export const NOW = '2026-11-20T01:00:00.000Z'

/** Calls a notice action as a user, optionally at another instant. */
export function notice(
  run: RunningCloud,
  action: string,
  input: unknown,
  openid: string,
  now?: string,
): Promise<unknown> {
  return run.cloud.call('notice', action, input, openid, now ? { ZHUCUN_NOW: now } : undefined)
}

/** Plays the user's "allow" in WeChat's prompt and reports it to our server, as the app does. */
export async function subscribe(run: RunningCloud, openid: string, keys: TemplateKey[]): Promise<void> {
  const ids = keys.map((k) => NOTICE_TEMPLATES[k].id)
  run.cloud.outbox.grant(openid, ids)
  const res = (await notice(run, 'reportSubscription', { accepted: ids }, openid)) as { ok: boolean }
  if (!res.ok) throw new Error('reportSubscription failed')
}

export function sentTo(run: RunningCloud, openid: string) {
  return run.cloud.outbox.entries.filter((e) => e.touser === openid && e.errCode === 0)
}

export function deliveriesOf(run: RunningCloud, personId: string) {
  return run.cloud.db.find('deliveries', { personId }, { sort: { at: 1, _id: 1 } })
}

/** Fires the notice function's daily timer as if at `iso`. */
export async function fireAt(run: RunningCloud, iso: string): Promise<unknown> {
  const pinned = run.cloud.invoker.env.ZHUCUN_NOW
  run.cloud.invoker.env.ZHUCUN_NOW = iso
  await forgetJobRuns()
  try {
    return await run.cloud.timers.fireNow('notice', 'noticeDaily')
  } finally {
    run.cloud.invoker.env.ZHUCUN_NOW = pinned
  }
}

export interface InboxPage {
  items: Array<{ id: string; kind: string; title: string; body: string; link: string; read: boolean }>
  total: number
  unread: number
}
