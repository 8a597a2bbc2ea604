import { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { ActionOutput } from '@contract/api'
import { call } from '@/services/client'
import { useBusy } from './use-busy'
import { usePaged } from './use-paged'

export type ObjectionView = ActionOutput<'notice', 'listObjections'>['items'][number]
type Responsible = ActionOutput<'rectify', 'listResponsibles'>['people'][number]

/** A deadline two weeks out: a sensible default the township may change on the item later. */
function defaultDeadline(): string {
  return new Date(Date.now() + 8 * 3600_000 + 14 * 86_400_000).toISOString().slice(0, 10)
}

/**
 * Objections in my scope (optionally of one notice): the township answers them, turns one into a
 * rectification item, or calls the objector back; a notice's writers follow them.
 */
export function useObjections() {
  const { params } = useRouter()
  const noticeId = params.noticeId ? String(params.noticeId) : undefined
  const list = usePaged(async (offset, limit) => {
    const page = await call('notice', 'listObjections', { noticeId, offset, limit })
    return {
      items: page.items,
      skipped: page.skipped,
      hasMore: offset + page.items.length + page.skipped < page.total,
    }
  }, noticeId ?? 'all')
  const [people, setPeople] = useState<Record<string, Responsible[]>>({})
  const { busy, message, run } = useBusy()

  /** Who may be responsible in the objection's village (the rectify function's own list). */
  const loadResponsibles = useCallback(
    async (villageId: string) => {
      const res = await run(() => call('rectify', 'listResponsibles', { villageId }))
      if (res) setPeople((p) => ({ ...p, [villageId]: res.people }))
    },
    [run],
  )

  const reply = useCallback(
    async (id: string, text: string) => {
      if (
        await run(
          () => call('notice', 'replyObjection', { objectionId: id, reply: text }),
          () => '已答复',
        )
      )
        await list.reload()
    },
    [list, run],
  )

  const convert = useCallback(
    async (id: string, responsiblePersonId: string) => {
      const res = await run(
        () =>
          call('notice', 'convertObjection', {
            objectionId: id,
            responsiblePersonId,
            deadline: defaultDeadline(),
          }),
        () => '已登记为整改事项（来源：公示异议）',
      )
      if (res) await list.reload()
    },
    [list, run],
  )

  /** Contacts the township revealed on this screen, by objection (never kept on the phone). */
  const [contacts, setContacts] = useState<Record<string, string>>({})
  const reveal = useCallback(
    async (id: string, reason: string) => {
      const res = await run(
        () => call('notice', 'revealObjectionContact', { objectionId: id, reason }),
        () => '已显示联系方式，本次查看已记入审计日志',
      )
      if (res) setContacts((c) => ({ ...c, [id]: res.contact }))
    },
    [run],
  )

  return { list, people, loadResponsibles, reply, convert, contacts, reveal, busy, message }
}
