import { seedEncrypt } from './dev-key'
import type { GeneratedOrg } from './generate-org'
import type { SeedDoc } from './jsonl'
import type { SeedSet } from './seed-files'

const PUBLISHED = new Date('2026-11-18T01:00:00.000Z')
const OBJECTED = new Date('2026-11-19T03:00:00.000Z')

/**
 * A few 公示 of 瓦店镇 and its first village: one in its window (2026-11-18 to 11-24, around the
 * tests' pinned "now" of 2026-11-20) with a villager's objection, one closed, one township-wide.
 */
export function generateNotices(org: GeneratedOrg): {
  public_notices: SeedDoc[]
  notice_objections: SeedDoc[]
  inbox: SeedDoc[]
} {
  const village = org.villages[0]
  if (!village) return { public_notices: [], notice_objections: [], inbox: [] }
  const county = String(org.units.find((u) => u.level === 'county')?._id)
  const township = org.units.find((u) => u._id === village.townshipId)
  const townshipName = String(township?.name ?? '')
  const author = org.people.find((p) => p.openid === 'demo-village')
  const leader = org.people.find((p) => p.openid === 'demo-township')
  const base = {
    townshipId: village.townshipId,
    countyId: county,
    status: 'published',
    withdrawReason: null,
    photos: [],
    attachments: [],
    authorId: String(author?._id ?? ''),
    authorName: String(author?.name ?? ''),
  }
  const inVillage = {
    unitId: village.id,
    unitName: village.name,
    unitLevel: 'village',
    path: [county, village.townshipId, village.id],
  }
  const notices: SeedDoc[] = [
    {
      _id: 'ntc-demo-dibao',
      ...base,
      ...inVillage,
      category: 'dibao',
      title: `${village.name}2026年第四季度低保对象拟定名单公示`,
      body: '经农户申请、村民代表评议，拟将以下 3 户纳入低保：张某某（4113**********0012）、李某某（4113**********1025）、王某某（4113**********2231）。公示期内如有异议，请在本页提出或到村党群服务中心反映。',
      startDay: '2026-11-18',
      endDay: '2026-11-24',
      objections: 1,
      createdAt: PUBLISHED,
    },
    {
      _id: 'ntc-demo-finance',
      ...base,
      ...inVillage,
      category: 'finance',
      title: `${village.name}2026年第三季度村级财务收支公开`,
      body: '本季度收入：上级转移支付 12.6 万元，集体经营收入 3.2 万元；支出：道路维护 4.1 万元，办公经费 1.3 万元，村级公益事业 6.8 万元。',
      startDay: '2026-10-08',
      endDay: '2026-10-14',
      objections: 0,
      createdAt: new Date('2026-10-08T01:00:00.000Z'),
    },
    {
      _id: 'ntc-demo-project',
      ...base,
      unitId: village.townshipId,
      unitName: townshipName,
      unitLevel: 'township',
      path: [county, village.townshipId],
      category: 'project_funds',
      title: `${townshipName}2026年衔接资金项目计划公示`,
      authorId: String(leader?._id ?? ''),
      authorName: String(leader?.name ?? ''),
      body: '2026 年度衔接推进乡村振兴补助资金项目 5 个，总投资 286 万元，包括产业路硬化、冷库建设、饮水巩固提升等，详见附件。',
      startDay: '2026-11-16',
      endDay: '2026-11-22',
      objections: 0,
      createdAt: new Date('2026-11-16T01:00:00.000Z'),
    },
  ]
  const objection: SeedDoc = {
    _id: 'obj-demo-1',
    noticeId: 'ntc-demo-dibao',
    noticeTitle: notices[0].title,
    unitId: village.id,
    unitName: village.name,
    townshipId: village.townshipId,
    villageId: village.id,
    path: inVillage.path,
    openid: 'villager-demo',
    text: '王某某家有两辆货车、在县城有门面房，不符合低保条件，请核实。联系电话 139****6621',
    textEnc: seedEncrypt('王某某家有两辆货车、在县城有门面房，不符合低保条件，请核实。联系电话 13912346621'),
    contactMasked: '139****6621',
    contactEnc: seedEncrypt('13912346621'),
    photoFileId: null,
    day: '2026-11-19',
    status: 'open',
    reply: '',
    rectifyItemId: null,
    createdAt: OBJECTED,
  }
  const inbox: SeedDoc[] = leader
    ? [
        {
          _id: `obj-demo-1-${String(leader._id)}`,
          personId: String(leader._id),
          openid: 'demo-township',
          kind: 'objection',
          title: `公示收到异议：${notices[0].title}`,
          body: objection.text,
          link: '/packages/notice/pages/objections/index?noticeId=ntc-demo-dibao',
          refId: 'obj-demo-1',
          createdAt: OBJECTED,
          readAt: null,
        },
      ]
    : []
  return { public_notices: notices, notice_objections: [objection], inbox }
}

/** Adds the notices to a seed set, appending to any inbox records other features seeded. */
export function addNotices(org: GeneratedOrg, set: SeedSet): SeedSet {
  const { inbox, ...rest } = generateNotices(org)
  return { ...set, ...rest, inbox: [...(set.inbox ?? []), ...inbox] }
}
