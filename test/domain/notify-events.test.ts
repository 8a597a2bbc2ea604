import { messagesFor, type NotifyPayloads } from '../../types/domain/notify-events'
import { cutTemplateValue } from '../../types/notice-templates'

const ref = { itemId: 'rect-1', problem: '第一书记本月在村天数不足', place: '瓦店镇曹徐屯村' }

describe('the notify table', () => {
  test('the person who acted is not told of their own act; everyone else named is told once', () => {
    const payload: NotifyPayloads['notice_objection'] = {
      noticeId: 'n1',
      objectionId: 'o1',
      authorId: 'p1',
      leaderIds: ['p1', 'p2', 'p3'],
      noticeTitle: '低保公示',
      text: '有异议',
    }
    const told = messagesFor({ kind: 'notice_objection', id: 'o1', actorId: 'p3', payload })
    expect(told.map((m) => m.personId)).toEqual(['p1', 'p2'])
    expect(new Set(told.map((m) => m.inboxId)).size).toBe(2)
  })

  test("a returned close application carries the reviewer's words to the responsible person only", () => {
    const [m, ...rest] = messagesFor({
      kind: 'rect_returned',
      id: 'rect-1-v6',
      actorId: 'p9',
      payload: { ...ref, responsibleId: 'p4', reviewerName: '督查组长', comment: '照片不清' },
    })
    expect(rest).toEqual([])
    expect(m).toMatchObject({
      personId: 'p4',
      title: '销号申请被驳回：第一书记本月在村天数不足',
      refId: 'rect-1',
      link: '/packages/rectify/pages/detail/index?id=rect-1',
    })
    expect(m.body).toContain('督查组长意见：照片不清')
  })

  test("every decision's status fits the subscribe message's phrase field unchanged, either way", () => {
    const statuses = [true, false]
      .flatMap((yes) => [
        messagesFor({
          kind: 'rect_extension_decided',
          id: 'e',
          actorId: null,
          payload: {
            ...ref,
            responsibleId: 'p4',
            approved: yes,
            deadline: '2026-06-30',
            deciderName: 'A',
            comment: '',
          },
        }),
        messagesFor({
          kind: 'escalation_decided',
          id: 'e',
          actorId: null,
          payload: {
            escalationId: 'x',
            itemId: 'i',
            personId: 'p4',
            stepLabel: '通报',
            approved: yes,
            deciderName: 'A',
            comment: '',
          },
        }),
        messagesFor({
          kind: 'leave_decided',
          id: 'e',
          actorId: null,
          payload: {
            leaveId: 'l',
            personId: 'p4',
            approved: yes,
            startDay: '2026-11-23',
            endDay: '2026-11-24',
            deciderName: 'A',
            comment: '',
          },
        }),
        messagesFor({
          kind: 'sign_reviewed',
          id: 'e',
          actorId: null,
          payload: {
            personId: 'p4',
            day: '2026-11-20',
            signLabel: '一机多人使用',
            kept: yes,
            reviewerName: 'A',
            comment: '',
          },
        }),
      ])
      .flat()
      .map((m) => m.status)
    expect(statuses).toHaveLength(8)
    for (const s of statuses) expect(cutTemplateValue('phrase4', s)).toBe(s)
  })
})
