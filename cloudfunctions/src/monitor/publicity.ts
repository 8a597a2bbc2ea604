import { randomUUID } from 'node:crypto'
import { AppError } from '@contract/errors'
import { CASE_KIND, MONITOR_TYPE, RISK_TYPE } from '@contract/domain/monitoring'
import { noticeEndDay } from '@contract/domain/notice'
import { isCalendarDay } from '@contract/domain/calendar'
import { addDays } from '@contract/domain/presence-time'
import type { MonitoringSection } from '@contract/domain/county-policy'
import type { SignedInContext } from '../shared/context'
import type { MonitorCaseDoc } from '../shared/monitor-cases'
import { placeOfVillagePath } from '../shared/org-tree'
import { unitById } from '../shared/org-units'
import { addNotice, type NoticeDoc } from '../shared/public-notices'

/**
 * The village review's 公示, published through the notice module: villagers read it on the village's
 * public page and object there, and the township hears of objections as for any 公示. It starts the day
 * after the review and lasts the county's days; names are masked (the case keeps only the masked one).
 */
export async function publishReview(
  ctx: SignedInContext,
  doc: MonitorCaseDoc,
  policy: MonitoringSection,
  today: string,
): Promise<NoticeDoc> {
  const village = await unitById(ctx.db, doc.villageId)
  const { townshipId, countyId } = placeOfVillagePath(doc.unitPath)
  if (!village || !townshipId || !countyId)
    throw new AppError('failed-precondition', '该户所在村不在组织架构中')
  const startDay = addDays(today, 1)
  const endDay = noticeEndDay(startDay, policy.publicityDays)
  if (!isCalendarDay(endDay)) throw new AppError('invalid-argument', '公示结束日期超出可登记的范围')
  const what = CASE_KIND.labels[doc.kind]
  const type = doc.monitorType ? `，监测类型：${MONITOR_TYPE.labels[doc.monitorType]}` : ''
  const risks = doc.risks.map((r) => RISK_TYPE.labels[r]).join('、')
  const me = ctx.caller.person
  const notice: NoticeDoc = {
    _id: `ntc-${randomUUID().replace(/-/g, '').slice(0, 20)}`,
    unitId: village._id,
    unitName: village.name,
    unitLevel: 'village',
    townshipId,
    countyId,
    path: village.path,
    title: `防返贫监测${what}公示：${doc.headName}户`.slice(0, 40),
    body:
      `经村级民主评议，拟对${village.name}${doc.headName}户${doc.kind === 'inclusion' ? '纳入防返贫监测' : '标注风险已消除'}` +
      `（风险类型：${risks}${type}）。公示期 ${startDay} 至 ${endDay}，如有异议，请在公示期内通过本页提出。`,
    category: doc.kind === 'inclusion' ? 'monitor_inclusion' : 'risk_clearance',
    photos: [],
    attachments: [],
    startDay,
    endDay,
    status: 'published',
    withdrawReason: null,
    objections: 0,
    authorId: me._id,
    authorName: me.name,
    createdAt: ctx.now,
  }
  await addNotice(ctx.db, notice)
  return notice
}
