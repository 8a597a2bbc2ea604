import Taro from '@tarojs/taro'
import { CADRE_PROMPT, NOTICE_TEMPLATES, type TemplateKey } from '@contract/notice-templates'
import { apiUrl } from './api-base'
import { call } from './client'
import { fetchOrNetworkError } from './http-error'
import { getDevOpenid } from './identity'

/** Ids the user accepted: weapp's prompt answers `{ [id]: 'accept' | 'reject' | 'ban' }`. */
async function promptWeapp(ids: string[]): Promise<string[]> {
  const res = (await Taro.requestSubscribeMessage({
    tmplIds: ids,
    entityIds: [],
  } as unknown as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>
  return ids.filter((id) => res[id] === 'accept')
}

/**
 * The browser has no WeChat prompt: the local cloud plays the user's "allow" (POST /dev/subscribe),
 * so the outbox can deliver. Only the H5 build against the local cloud gets here.
 */
async function promptLocal(ids: string[]): Promise<string[]> {
  const openid = getDevOpenid()
  if (!openid) return []
  const res = await fetchOrNetworkError(apiUrl('/dev/subscribe'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid, templateIds: ids }),
  })
  return res.ok ? ids : []
}

/**
 * Asks the user to accept WeChat subscribe messages (one push per acceptance) and tells our server
 * what was accepted. Call it FIRST in a tap handler (after a check-in, after applying to close an
 * item…): WeChat shows the prompt only inside a user's tap, and at most 3 templates at a time.
 * Never throws: a refusal or a failure only means the notices stay in the inbox.
 *
 * @example onClick={() => { void askForSubscription(); void submit() }}
 */
export async function askForSubscription(keys: readonly TemplateKey[] = CADRE_PROMPT): Promise<string[]> {
  const ids = keys.slice(0, 3).map((k) => NOTICE_TEMPLATES[k].id)
  try {
    const accepted = process.env.TARO_ENV === 'h5' ? await promptLocal(ids) : await promptWeapp(ids)
    if (accepted.length > 0) await call('notice', 'reportSubscription', { accepted })
    return accepted
  } catch {
    return []
  }
}
