import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'
import { call, uploadFile } from '@/services/client'
import { takePhoto } from '@/services/photo'
import { uuid } from '@/services/uuid'

/** Today's work log: a short note and up to 6 photos, saved in one go. */
export function useWorkLog(day: string) {
  const [text, setText] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  const addPhoto = useCallback(async () => {
    try {
      const path = await takePhoto()
      setPhotos((p) => [...p, path].slice(0, 6))
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '拍照失败')
    }
  }, [])
  const save = useCallback(async () => {
    setBusy(true)
    setMessage(null)
    try {
      const photoFileIds = await Promise.all(photos.map((p) => uploadFile(`work-logs/${day}/${uuid()}.jpg`, p)))
      const res = await call('presence', 'saveWorkLog', { day, text, photoFileIds })
      setMessage(res.presentThatDay ? '已保存，已关联当天在村记录' : '已保存（当天暂无在村记录）')
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '保存失败，请重试')
    } finally {
      setBusy(false)
    }
  }, [day, photos, text])
  return { text, setText, photos, addPhoto, save, busy, message }
}
