import { ALL, EVERYONE, type AuthzRows, type Identity } from './types'
import { addPerson, COUNTY, FIRST_VILLAGE, personIdOf } from '../org/fixtures'
import type { RunningCloud } from '../../helpers/local-cloud'
import { uploadAs } from '../../helpers/uploads'

/** Overseers whose scope covers 瓦店镇's first village. */
const OVERSEERS_IN: readonly Identity[] = ['demo-admin', 'demo-supervisor', 'demo-township', 'demo-multi']
/** Every overseer, whatever their scope: list actions answer with their own scope. */
const OVERSEERS: readonly Identity[] = [
  'demo-admin',
  'demo-supervisor',
  'demo-supervisor-b',
  'demo-township',
  'demo-township-b',
  'demo-multi',
]
/** Who may write a notice for the first village: its cadres, its township's leaders, the admin. */
const WRITERS_IN: readonly Identity[] = [
  'demo-admin',
  'demo-township',
  'demo-secretary',
  'demo-member',
  'demo-village',
  'demo-multi',
]

let seq = 0
/** A published notice of the first village, written by its 第一书记 (who handles no objections). */
function seededNotice(run: RunningCloud): string {
  const id = `ntc-authz-${++seq}`
  run.cloud.db.insertMany('public_notices', [
    {
      _id: id,
      unitId: FIRST_VILLAGE,
      unitName: '曹徐屯村',
      unitLevel: 'village',
      townshipId: 'u-411302100',
      countyId: 'u-411302',
      // The village's own path: the demo county now lies under 南阳市 (test/helpers/prefecture.ts).
      path: (run.cloud.db.find('org_units', { _id: FIRST_VILLAGE }) as Array<{ path: string[] }>)[0].path,
      title: '测试公示',
      body: '正文',
      category: 'village_affairs',
      photos: [],
      attachments: [],
      startDay: '2026-01-01',
      endDay: '2099-01-01',
      status: 'published',
      withdrawReason: null,
      objections: 0,
      authorId: personIdOf(run, 'demo-secretary'),
      authorName: '',
      createdAt: new Date(),
    },
  ])
  return id
}

/** An objection with a photo, raised through the public action by `openid` (a fresh villager by default). */
async function objection(run: RunningCloud, openid = `villager-authz-${++seq}`): Promise<string> {
  const fileID = await uploadAs(run, openid, 'objection')
  const res = (await run.call(
    'notice',
    'submitObjection',
    { noticeId: seededNotice(run), text: '名单有误', photoFileId: fileID },
    openid,
  )) as { ok: boolean; data: { objectionId: string } }
  if (!res.ok) throw new Error(`could not raise an objection: ${JSON.stringify(res)}`)
  return res.data.objectionId
}

const convertInput = async (run: RunningCloud, openid?: string) => ({
  objectionId: await objection(run, openid),
  responsiblePersonId: personIdOf(run, 'demo-secretary'),
  deadline: '2099-12-31',
})

export const noticeRows: AuthzRows = {
  listInbox: { input: () => ({}), allowed: ALL },
  getUnreadCount: { input: () => ({}), allowed: ALL },
  markRead: { input: () => ({}), allowed: ALL },
  reportSubscription: { input: () => ({ accepted: [] }), allowed: ALL },
  previewUrge: {
    input: () => ({ filter: 'manual', topic: 'general', unitId: FIRST_VILLAGE }),
    allowed: OVERSEERS_IN,
  },
  sendUrge: {
    // A fresh cadre each time: one urge per cadre and topic a day.
    input: (run) => ({
      topic: 'general',
      filter: 'manual',
      personIds: [addPerson(run).id],
      title: '测试催办',
      body: '请办理',
    }),
    allowed: OVERSEERS_IN,
  },
  listUrges: { input: () => ({}), allowed: [...OVERSEERS, 'demo-admin-b'] },
  repathRecords: { input: () => ({ countyId: COUNTY }), allowed: ['demo-admin'] },
  // Receipts belong to the sender alone.
  getUrge: {
    input: (run) => {
      const id = `urge-authz-${++seq}`
      run.cloud.db.insertMany('notice_urges', [
        {
          _id: id,
          byId: personIdOf(run, 'demo-supervisor'),
          byName: '督查组长',
          topic: 'general',
          filter: 'manual',
          title: 't',
          body: 'b',
          recipients: [],
          createdAt: new Date(),
        },
      ])
      return { urgeId: id }
    },
    // Only one's own urges: the 州/市 supervisor sent none.
    notMirrored: ['demo-pref-supervisor'],
    allowed: ['demo-supervisor'],
  },
  publishNotice: {
    input: () => ({
      unitId: FIRST_VILLAGE,
      title: '村务公开',
      body: '本月村务公开内容。',
      category: 'village_affairs',
    }),
    allowed: WRITERS_IN,
  },
  withdrawNotice: {
    input: (run) => ({ noticeId: seededNotice(run), reason: '测试撤回' }),
    allowed: WRITERS_IN,
  },
  listManagedNotices: { input: () => ({}), allowed: ALL.filter((i) => i !== 'demo-pairing') },
  listVillages: { input: () => ({}), allowed: EVERYONE },
  listPublicNotices: { input: () => ({ villageCode: '411302100200' }), allowed: EVERYONE },
  getPublicNotice: { input: () => ({ noticeId: 'ntc-demo-dibao' }), allowed: EVERYONE },
  submitObjection: {
    input: (run) => ({ noticeId: seededNotice(run), text: '有不同意见' }),
    allowed: EVERYONE,
  },
  // Handlers and the notices' writers (who follow them, masked); each answered within their own scope.
  listObjections: { input: () => ({}), allowed: ALL.filter((i) => i !== 'demo-pairing') },
  // Only the township calls an objector back.
  revealObjectionContact: {
    input: async (run) => {
      const openid = `villager-authz-${++seq}`
      const res = (await run.call(
        'notice',
        'submitObjection',
        { noticeId: seededNotice(run), text: '名单有误', contact: '13800001111' },
        openid,
      )) as { ok: boolean; data: { objectionId: string } }
      if (!res.ok) throw new Error(`could not raise an objection: ${JSON.stringify(res)}`)
      return { objectionId: res.data.objectionId, reason: '核实异议内容，电话回访' }
    },
    allowed: ['demo-township', 'demo-multi'],
  },
  replyObjection: {
    input: () => ({ objectionId: 'obj-demo-1', reply: '已核实，情况属实' }),
    allowed: OVERSEERS_IN,
    // demo-township handles 瓦店镇's objections, but not one they raised themselves.
    self: async (run) => ({
      openid: 'demo-township',
      input: { objectionId: await objection(run, 'demo-township'), reply: '经核实无问题' },
    }),
  },
  convertObjection: {
    input: (run) => convertInput(run),
    allowed: OVERSEERS_IN,
    self: async (run) => ({ openid: 'demo-township', input: await convertInput(run, 'demo-township') }),
  },
}
