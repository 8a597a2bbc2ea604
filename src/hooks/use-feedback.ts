import { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { FeedbackKind, FeedbackTopic } from '@contract/domain/feedback'
import type { MyFeedback } from '@contract/api/feedback'
import { call } from '@/services/client'
import { pickImage, type PickedFile } from '@/services/notice-files'
import { uploadFeedbackPhoto } from '@/services/feedback-photo'
import { ensureVillagerIdentity, rememberedVillage } from '@/services/villager'
import { useBusy } from './use-busy'
import { usePaged } from './use-paged'

/**
 * 投诉建议 for everyone: write one (text, an optional photo, an optional contact) and read one's own
 * with the answers. A villager comes from the village page (its code in the link or remembered);
 * the WeChat identity is all that is sent.
 */
export function useMyFeedback() {
  const { params } = useRouter()
  const villageCode =
    (params.villageCode ? String(params.villageCode) : null) ?? rememberedVillage() ?? undefined
  const [kind, setKind] = useState<FeedbackKind>('suggestion')
  const [topic, setTopic] = useState<FeedbackTopic>('work')
  const [text, setText] = useState('')
  const [contact, setContact] = useState('')
  const [photo, setPhoto] = useState<PickedFile | null>(null)
  const { busy, message, run } = useBusy()
  const list = usePaged<MyFeedback>(async (offset, limit) => {
    if (params.villageCode) ensureVillagerIdentity()
    const page = await call('feedback', 'listMyFeedback', { offset, limit })
    return {
      items: page.items,
      skipped: page.skipped,
      hasMore: offset + page.items.length + page.skipped < page.total,
    }
  }, 'mine')

  const addPhoto = useCallback(async () => setPhoto(await pickImage()), [])
  const submit = useCallback(async () => {
    if (params.villageCode) ensureVillagerIdentity()
    const res = await run(
      async () => {
        const photoFileId = photo ? await uploadFeedbackPhoto(photo) : undefined
        return call('feedback', 'submitFeedback', {
          kind,
          topic,
          text,
          contact: contact.trim(),
          photoFileId,
          villageCode,
        })
      },
      (out) => `已提交，由${out.hostName}受理，${out.dueDay} 前答复`,
    )
    if (res) {
      setText('')
      setContact('')
      setPhoto(null)
      await list.reload()
    }
  }, [params.villageCode, run, photo, kind, topic, text, contact, villageCode, list])

  return {
    kind,
    setKind,
    topic,
    setTopic,
    text,
    setText,
    contact,
    setContact,
    photo,
    addPhoto,
    submit,
    busy,
    message,
    list,
  }
}
