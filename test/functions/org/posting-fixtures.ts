import type { ActionInput } from '../../../types/api'
import type { PostingView } from '../../../types/api/org-postings'
import type { RunningCloud } from '../../helpers/local-cloud'
import { FIRST_TOWNSHIP, FIRST_VILLAGE, COUNTY, ok } from './fixtures'

/** The demo's first village team: 尹东德 (demo-secretary) leads, demo-member serves. */
export const LEADER_POSTING = 'ps-p00004-411302100200-20250301'
export const MEMBER_POSTING = 'ps-p00005-411302100200-20250301'
export const LEADER = 'p00004'
export const MEMBER = 'p00005'
/** The second township's first village: its 队员 is past the planned end in the seed. */
export const PAST_TERM_POSTING = 'ps-p00022-411302101200-20240901'

let seq = 0

/** A household paired with the person, in the first village. */
export function pairHousehold(run: RunningCloud, personId: string): string {
  seq += 1
  const id = `hh-test-${seq}-${Date.now()}`
  const now = new Date()
  run.cloud.db.insertMany('households', [
    {
      _id: id,
      headName: `户主${seq}`,
      idMasked: '4113**********0000',
      idHash: `hash-${id}`,
      idEnc: '',
      phoneMasked: '',
      phoneHash: null,
      phoneEnc: null,
      villageId: FIRST_VILLAGE,
      groupId: null,
      unitPath: [COUNTY, FIRST_TOWNSHIP, FIRST_VILLAGE],
      members: [],
      mainCause: 'disability',
      status: 'not_lifted',
      pairingCadreIds: [personId, 'p00007'],
      createdAt: now,
      updatedAt: now,
    },
  ])
  return id
}

/** A published notice by the person whose objection window is still open on the pinned day. */
export function openNoticeBy(run: RunningCloud, personId: string, endDay = '2026-11-26'): string {
  seq += 1
  const id = `nt-test-${seq}`
  run.cloud.db.insertMany('public_notices', [
    {
      _id: id,
      unitId: FIRST_VILLAGE,
      unitName: '曹徐屯村',
      unitLevel: 'village',
      townshipId: FIRST_TOWNSHIP,
      countyId: COUNTY,
      path: [COUNTY, FIRST_TOWNSHIP, FIRST_VILLAGE],
      title: `测试公示${seq}`,
      body: '正文',
      category: 'dibao',
      photos: [],
      attachments: [],
      startDay: '2026-11-18',
      endDay,
      status: 'published',
      withdrawReason: null,
      objections: 0,
      authorId: personId,
      authorName: '测试',
      createdAt: new Date(),
    },
  ])
  return id
}

/** What is still assigned to a person: paired households, open items, notices taking objections. */
export function stillOn(run: RunningCloud, personId: string) {
  const open = [
    'dispatched',
    'signed',
    'in_progress',
    'extension_requested',
    'disputed',
    'close_requested',
    'reviewing',
  ]
  return {
    households: run.cloud.db.count('households', { pairingCadreIds: personId }),
    items: run.cloud.db
      .find('rectify_items', { responsiblePersonId: personId })
      .filter((i) => open.includes(String(i.state))).length,
    notices: run.cloud.db
      .find('public_notices', { authorId: personId, status: 'published' })
      .filter((n) => String(n.endDay) >= '2026-11-20').length,
  }
}

/** A term as the county admin would enter it for a new 队员. */
export const TERM = { batch: '第四批', startDay: '2026-11-20', plannedEndDay: '2028-11-19' }

/** The posting actions on a test file's local cloud, as the county admin unless told otherwise. */
export function postingActions(cloud: () => RunningCloud) {
  return {
    post: (input: ActionInput<'org', 'postCadre'>, openid = 'demo-admin') =>
      cloud().call('org', 'postCadre', input, openid),
    end: (input: ActionInput<'org', 'endPosting'>, openid = 'demo-admin') =>
      cloud().call('org', 'endPosting', input, openid),
    team: (villageId = FIRST_VILLAGE, openid = 'demo-admin') =>
      ok<{ active: PostingView[]; ended: PostingView[] }>(
        cloud().call('org', 'listTeam', { villageId }, openid),
      ),
    rolesOf: (id: string) => cloud().cloud.db.find('people', { _id: id })[0].roles,
  }
}
