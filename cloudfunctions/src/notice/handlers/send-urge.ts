import { randomUUID } from 'node:crypto'
import { AppError } from '@contract/errors'
import { URGE_TOPIC_LABELS } from '@contract/domain/notice'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { notify } from '../../shared/notify'
import type { UrgeRecipient } from '../docs'
import { addUrge } from '../repo-notices'
import { recipientsInScope, urgeTopicKey } from '../urge-recipients'

export const INBOX_PAGE = '/packages/notice/pages/inbox/index'

/**
 * Sends a 催办 to each chosen cadre in scope: an inbox record and, where a grant is left, a WeChat
 * push. A cadre already urged on this topic today is skipped (notify's daily key refuses a second).
 */
export const sendUrge: Handler<'notice', 'sendUrge'> = async (input, ctx) => {
  const me = ctx.caller.person
  const chosen = await recipientsInScope(ctx, input.personIds)
  const urgeId = `urge-${randomUUID().replace(/-/g, '').slice(0, 20)}`
  const recipients: UrgeRecipient[] = []
  let skipped = 0
  for (const { person, unitName } of chosen) {
    const res = await notify(ctx.db, ctx.now, {
      personId: person._id,
      openid: person.openid,
      topic: urgeTopicKey(input.topic),
      kind: 'urge',
      title: `【催办】${input.title}`,
      body: input.body,
      link: INBOX_PAGE,
      refId: urgeId,
      template: 'urge',
      sender: me.name,
      status: '请办理',
    })
    if (!res.created) skipped += 1
    else
      recipients.push({
        personId: person._id,
        name: person.name,
        unitName,
        inboxId: res.inboxId,
        delivery: res.delivery,
      })
  }
  if (recipients.length === 0)
    throw new AppError(
      'failed-precondition',
      `所选干部今天都已收到「${URGE_TOPIC_LABELS[input.topic]}」方面的催办，每人每个主题每天限一次`,
    )
  await addUrge(ctx.db, {
    _id: urgeId,
    byId: me._id,
    byName: me.name,
    topic: input.topic,
    filter: input.filter,
    title: input.title,
    body: input.body,
    recipients,
    createdAt: ctx.now,
  })
  await writeAudit(
    ctx,
    'notice_urge',
    urgeId,
    `催办「${input.title}」发给 ${recipients.length} 人，跳过 ${skipped} 人`,
  )
  return { urgeId, sent: recipients.length, skipped }
}
