import { useCallback, useState } from 'react'
import type { FeedbackStatus } from '@contract/domain/feedback'
import type { HostFeedback } from '@contract/api/feedback'
import { call } from '@/services/client'
import { useBusy } from './use-busy'
import { usePaged } from './use-paged'

export interface InboxFilter {
  status?: FeedbackStatus
  overdue?: true
}

/** The 主办单位's feedback: filter by status or overdue, accept, answer, close, reveal a contact. */
export function useFeedbackInbox() {
  const [filter, setFilter] = useState<InboxFilter>({})
  const [overdue, setOverdue] = useState(0)
  const [contacts, setContacts] = useState<Record<string, string>>({})
  const { busy, message, run } = useBusy()
  const list = usePaged<HostFeedback>(async (offset, limit) => {
    const page = await call('feedback', 'listFeedback', { ...filter, offset, limit })
    setOverdue(page.overdue)
    return {
      items: page.items,
      skipped: page.skipped,
      hasMore: offset + page.items.length + page.skipped < page.total,
    }
  }, JSON.stringify(filter))

  const start = useCallback(
    async (feedbackId: string) => {
      if (
        await run(
          () => call('feedback', 'startFeedback', { feedbackId }),
          () => '已受理',
        )
      )
        await list.reload()
    },
    [list, run],
  )
  const answer = useCallback(
    async (feedbackId: string, text: string) => {
      if (
        await run(
          () => call('feedback', 'answerFeedback', { feedbackId, answer: text }),
          () => '已答复，发送人可在小程序中查看',
        )
      )
        await list.reload()
    },
    [list, run],
  )
  const close = useCallback(
    async (feedbackId: string, reason: string) => {
      if (
        await run(
          () => call('feedback', 'closeFeedback', { feedbackId, reason }),
          () => '已关闭',
        )
      )
        await list.reload()
    },
    [list, run],
  )
  const reveal = useCallback(
    async (feedbackId: string, reason: string) => {
      const res = await run(
        () => call('feedback', 'revealFeedbackContact', { feedbackId, reason }),
        () => '已查看（已记入审计）',
      )
      if (res) setContacts((c) => ({ ...c, [feedbackId]: res.contact || '未留联系方式' }))
    },
    [run],
  )

  return { filter, setFilter, overdue, list, start, answer, close, reveal, contacts, busy, message }
}
