import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'
import type { ActionOutput } from '@contract/api'
import { call } from '@/services/client'
import { uploadFor } from '@/services/uploads'
import { takePhoto } from '@/services/photo'

export type SpotCheckResult = ActionOutput<'presence', 'recordSpotCheck'>

/** The 暗访 form: each cadre marked 在岗 or 不在岗, optional photos, one submit. */
export function useSpotCheck(villageId: string) {
  const [marks, setMarks] = useState<Record<string, 'present' | 'absent'>>({})
  const [note, setNote] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<SpotCheckResult | null>(null)

  const mark = useCallback(
    (personId: string, value: 'present' | 'absent') => setMarks((m) => ({ ...m, [personId]: value })),
    [],
  )
  const addPhoto = useCallback(async () => {
    try {
      const path = await takePhoto()
      setPhotos((p) => [...p, path].slice(0, 6))
    } catch (err) {
      setError(isAppError(err) ? err.message : '拍照失败')
    }
  }, [])
  const submit = useCallback(async () => {
    setBusy(true)
    setError(null)
    try {
      const photoFileIds = await Promise.all(photos.map((p) => uploadFor('spot-check', p)))
      const ids = (v: 'present' | 'absent') =>
        Object.entries(marks)
          .filter(([, m]) => m === v)
          .map(([id]) => id)
      setResult(
        await call('presence', 'recordSpotCheck', {
          villageId,
          presentIds: ids('present'),
          absentIds: ids('absent'),
          note,
          photoFileIds,
        }),
      )
    } catch (err) {
      setError(isAppError(err) ? err.message : '提交失败，请重试')
    } finally {
      setBusy(false)
    }
  }, [marks, note, photos, villageId])
  return { marks, mark, note, setNote, photos, addPhoto, submit, busy, error, result }
}
