import { useCallback, useEffect, useState } from 'react'
import { isAppError } from '@contract/errors'
import { call } from '@/services/client'
import { uploadFor } from '@/services/uploads'
import { takePhoto } from '@/services/photo'

/** A photo on the form: one already stored (fileId), or one just taken (a local path to upload). */
export interface LogPhoto {
  src: string
  fileId: string | null
}

/**
 * A day's work log: a short note and up to 6 photos, saved in one go. The stored entry of that day
 * is read first, so saving edits it instead of silently replacing it.
 */
export function useWorkLog(day: string) {
  const [text, setText] = useState('')
  const [photos, setPhotos] = useState<LogPhoto[]>([])
  const [loaded, setLoaded] = useState(false)
  const [existing, setExisting] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    setLoaded(false)
    call('presence', 'getWorkLog', { day })
      .then((log) => {
        if (!live) return
        setExisting(log.text !== null)
        setText(log.text ?? '')
        setPhotos(log.photos.map((p) => ({ src: p.url, fileId: p.fileId })))
      })
      .catch((err: unknown) => {
        if (live)
          setMessage(isAppError(err) ? `未能读取已填写的日志：${err.message}` : '未能读取已填写的日志')
      })
      .finally(() => {
        if (live) setLoaded(true)
      })
    return () => {
      live = false
    }
  }, [day])

  const addPhoto = useCallback(async () => {
    try {
      const path = await takePhoto()
      setPhotos((p) => [...p, { src: path, fileId: null }].slice(0, 6))
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '拍照失败')
    }
  }, [])
  const removePhoto = useCallback((index: number) => setPhotos((p) => p.filter((_, i) => i !== index)), [])
  const save = useCallback(async () => {
    setBusy(true)
    setMessage(null)
    try {
      const photoFileIds = await Promise.all(photos.map((p) => p.fileId ?? uploadFor('work-log', p.src)))
      const res = await call('presence', 'saveWorkLog', { day, text, photoFileIds })
      setPhotos(photos.map((p, i) => ({ src: p.src, fileId: photoFileIds[i] })))
      setMessage(
        `${existing ? '已更新' : '已保存'}${res.presentThatDay ? '，已关联当天在村记录' : '（当天暂无在村记录）'}`,
      )
      setExisting(true)
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '保存失败，请重试')
    } finally {
      setBusy(false)
    }
  }, [day, existing, photos, text])
  return { text, setText, photos, addPhoto, removePhoto, save, loaded, existing, busy, message }
}
