import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { ActionOutput } from '@contract/api'
import { URGE_FILTER_TOPIC, type UrgeFilter, type UrgeTopic } from '@contract/domain/notice-labels'
import { call } from '@/services/client'
import { useBusy } from './use-busy'

export type Recipient = ActionOutput<'notice', 'previewUrge'>['recipients'][number]
export const URGE_PAGES = '/packages/notice/pages'

/** The 催办 composer: filter → preview (tick who gets it) → write → send → receipts. */
export function useUrge() {
  const [filter, setFilterState] = useState<UrgeFilter>('no_presence_week')
  const [topic, setTopic] = useState<UrgeTopic>('presence')
  const [recipients, setRecipients] = useState<Recipient[] | null>(null)
  const [picked, setPicked] = useState<Set<string>>(new Set())
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const { busy, message, run } = useBusy()

  const setFilter = useCallback((f: UrgeFilter) => {
    setFilterState(f)
    setTopic(URGE_FILTER_TOPIC[f])
    setRecipients(null)
  }, [])

  const preview = useCallback(async () => {
    const res = await run(() => call('notice', 'previewUrge', { filter, topic }))
    if (!res) return
    setRecipients(res.recipients)
    // A filter picks everyone it found; "逐个选择" starts empty. Already urged today: never picked.
    setPicked(
      new Set(filter === 'manual' ? [] : res.recipients.filter((r) => !r.urgedToday).map((r) => r.personId)),
    )
  }, [filter, topic, run])

  const toggle = useCallback((id: string) => {
    setPicked((prev) => {
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }, [])

  const send = useCallback(async () => {
    const res = await run(() =>
      call('notice', 'sendUrge', { topic, filter, personIds: [...picked], title, body }),
    )
    if (res) void Taro.redirectTo({ url: `${URGE_PAGES}/urge-receipts/index?id=${res.urgeId}` })
  }, [topic, filter, picked, title, body, run])

  return {
    filter,
    setFilter,
    topic,
    setTopic,
    recipients,
    picked,
    toggle,
    preview,
    title,
    setTitle,
    body,
    setBody,
    send,
    busy,
    message,
  }
}
