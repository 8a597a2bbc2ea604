import Taro from '@tarojs/taro'
import { useCallback, useMemo, useState } from 'react'
import { DEFAULT_NOTICE_DAYS, type NoticeCategory } from '@contract/domain/notice-labels'
import { describeSensitive } from '@contract/domain/sensitive-text'
import { call } from '@/services/client'
import { pickDocument, pickImage, uploadNoticeFile } from '@/services/notice-files'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'
import { usePaged } from './use-paged'

/** Notices in my scope (cadres' view, withdrawn ones too, with objection counts). */
export function useManagedNotices() {
  return usePaged(async (offset, limit) => {
    const page = await call('notice', 'listManagedNotices', { offset, limit })
    return {
      items: page.items,
      skipped: page.skipped,
      hasMore: offset + page.items.length + page.skipped < page.total,
    }
  }, 'managed')
}

/** The units I may publish for: my villages and townships, from my workbench. */
export function useWritableUnits() {
  return useAsync(async () => {
    const wb = await call('org', 'getWorkbench', {})
    const units = wb.roles
      .filter((r) => ['admin', 'township_leader', 'resident_cadre', 'village_cadre'].includes(r.role))
      .flatMap((r) => r.units)
    return [
      ...new Map(
        units.filter((u) => u.level === 'village' || u.level === 'township').map((u) => [u.id, u]),
      ).values(),
    ]
  })
}

/** The 公示 editor: warns about unmasked numbers as you type; the server refuses them anyway. */
export function useNoticeEditor() {
  const [unitId, setUnitId] = useState('')
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const [category, setCategory] = useState<NoticeCategory>('village_affairs')
  const [days, setDays] = useState(DEFAULT_NOTICE_DAYS)
  const [photos, setPhotos] = useState<string[]>([])
  const [attachments, setAttachments] = useState<Array<{ fileID: string; name: string }>>([])
  const { busy, message, run } = useBusy()
  const warning = useMemo(
    () =>
      describeSensitive([
        { label: '标题', text: title },
        { label: '正文', text: body },
        ...attachments.map((a) => ({ label: `附件名「${a.name}」`, text: a.name })),
      ]),
    [title, body, attachments],
  )
  const addPhoto = useCallback(async () => {
    const file = await run(pickImage)
    if (!file) return
    const fileID = await run(() => uploadNoticeFile('notice', file))
    if (fileID) setPhotos((p) => [...p, fileID])
  }, [run])
  const addAttachment = useCallback(async () => {
    const file = await pickDocument()
    if (!file) return
    const fileID = await run(() => uploadNoticeFile('notice', file))
    if (fileID) setAttachments((a) => [...a, { fileID, name: file.name }])
  }, [run])
  const publish = useCallback(async () => {
    const res = await run(() =>
      call('notice', 'publishNotice', { unitId, title, body, category, days, photos, attachments }),
    )
    if (res) void Taro.navigateBack()
  }, [unitId, title, body, category, days, photos, attachments, run])
  return {
    unitId,
    setUnitId,
    title,
    setTitle,
    body,
    setBody,
    category,
    setCategory,
    days,
    setDays,
    photos,
    attachments,
    addPhoto,
    addAttachment,
    warning,
    publish,
    busy,
    message,
  }
}
