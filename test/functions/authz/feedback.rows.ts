import type { RunningCloud } from '../../helpers/local-cloud'
import { EVERYONE, type AuthzRows, type Identity } from './types'
import { COUNTY } from '../org/fixtures'

/** The organization department's admin: the only one who answers the county's feedback. */
const HOST: readonly Identity[] = ['demo-admin']
/** 瓦店镇's first village, whose public page a villager sends from. */
const VILLAGE_CODE = '411302100200'

let seq = 0
/** A suggestion sent through the public action, by a fresh villager unless `openid` is given. */
export async function feedbackBy(run: RunningCloud, openid = `villager-fb-${++seq}`): Promise<string> {
  const res = (await run.call(
    'feedback',
    'submitFeedback',
    { kind: 'suggestion', topic: 'app', text: '希望增加语音输入', villageCode: VILLAGE_CODE },
    openid,
  )) as { ok: boolean; data: { feedbackId: string } }
  if (!res.ok) throw new Error(`could not send feedback: ${JSON.stringify(res)}`)
  return res.data.feedbackId
}

export const feedbackRows: AuthzRows = {
  // Every user, bound or not, may complain or suggest (国办函〔2026〕12号).
  submitFeedback: {
    input: () => ({ kind: 'complaint', topic: 'work', text: '办事效率低', villageCode: VILLAGE_CODE }),
    allowed: EVERYONE,
  },
  listMyFeedback: { input: () => ({}), allowed: EVERYONE },
  listFeedback: { input: () => ({}), allowed: [...HOST, 'demo-admin-b'] },
  repathRecords: { input: () => ({ countyId: COUNTY }), allowed: ['demo-admin'] },
  startFeedback: {
    input: async (run) => ({ feedbackId: await feedbackBy(run) }),
    allowed: HOST,
    self: async (run) => ({
      openid: 'demo-admin',
      input: { feedbackId: await feedbackBy(run, 'demo-admin') },
    }),
  },
  answerFeedback: {
    input: async (run) => ({ feedbackId: await feedbackBy(run), answer: '感谢建议，下一版本将增加' }),
    allowed: HOST,
    // The admin answers the county's feedback, but not feedback they sent themselves.
    self: async (run) => ({
      openid: 'demo-admin',
      input: { feedbackId: await feedbackBy(run, 'demo-admin'), answer: '已处理' },
    }),
  },
  closeFeedback: {
    input: async (run) => ({ feedbackId: await feedbackBy(run), reason: '重复反映，已在前一条答复' }),
    allowed: HOST,
    self: async (run) => ({
      openid: 'demo-admin',
      input: { feedbackId: await feedbackBy(run, 'demo-admin'), reason: '已处理' },
    }),
  },
  revealFeedbackContact: {
    input: async (run) => ({ feedbackId: await feedbackBy(run), reason: '需电话核实情况' }),
    allowed: HOST,
  },
}
