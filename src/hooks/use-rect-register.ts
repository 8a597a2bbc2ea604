import { useCallback, useEffect, useState } from 'react'
import type { PhotoInput, RectCategory, RectSource } from '@contract/domain/rectification'
import type { RectFinding } from '@contract/domain/rectification-evidence-rules'
import { isAppError } from '@contract/errors'
import { call } from '@/services/client'
import { captureEvidence } from '@/services/evidence'

export interface RegisterDraft {
  source: RectSource
  category: RectCategory
  villageId: string
  problem: string
  target: string
  measures: string
  responsibleUnit: string
  responsiblePersonId: string
  deadline: string
  foundIn: RectFinding
  beforePhotos: PhotoInput[]
}

/** `YYYY-MM-DD` in China, `days` from today. */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)
}

const EMPTY: RegisterDraft = {
  source: 'inspection',
  category: 'party_building',
  villageId: '',
  problem: '',
  target: '',
  measures: '',
  responsibleUnit: '',
  responsiblePersonId: '',
  deadline: dayFromToday(15),
  foundIn: 'site',
  beforePhotos: [],
}

/**
 * The 挂号 form: village → its cadres as responsible persons; photos through the camera. Submits
 * and, on request, dispatches at once so both clocks start.
 */
export function useRegisterForm() {
  const [draft, setDraft] = useState<RegisterDraft>(EMPTY)
  const [people, setPeople] = useState<Array<{ id: string; name: string; postLabel: string }>>([])
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const set = useCallback(
    <K extends keyof RegisterDraft>(key: K, value: RegisterDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value })),
    [],
  )

  useEffect(() => {
    if (!draft.villageId) return
    setPeople([])
    call('rectify', 'listResponsibles', { villageId: draft.villageId })
      .then((res) => setPeople(res.people))
      .catch((err: unknown) => setMessage(isAppError(err) ? err.message : '无法读取本村干部'))
  }, [draft.villageId])

  const addPhoto = useCallback(async () => {
    setMessage('正在处理照片…')
    try {
      const photo = await captureEvidence('rectify-before')
      setDraft((d) => ({ ...d, beforePhotos: [...d.beforePhotos, photo] }))
      setMessage('')
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '拍照失败')
    }
  }, [])

  const submit = useCallback(
    async (dispatchNow: boolean): Promise<string | null> => {
      setBusy(true)
      setMessage('')
      try {
        const item = await call('rectify', 'register', draft)
        if (dispatchNow) await call('rectify', 'dispatch', { itemId: item.id, version: item.version })
        setDraft({ ...EMPTY, villageId: draft.villageId })
        return item.id
      } catch (err) {
        setMessage(isAppError(err) ? err.message : '提交失败')
        return null
      } finally {
        setBusy(false)
      }
    },
    [draft],
  )

  return { draft, set, people, addPhoto, submit, busy, message }
}
