import { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { call } from '@/services/client'
import { pickImage, uploadNoticeFile, type PickedFile } from '@/services/notice-files'
import { ensureVillagerIdentity, rememberVillage, rememberedVillage } from '@/services/villager'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'
import { usePaged } from './use-paged'

/** A village code from a QR code (`scene=v=<code>` or `?v=<code>`), else the remembered one. */
function villageFromLaunch(params: Record<string, string | undefined>): string | null {
  const scene = decodeURIComponent(params.scene ?? '')
  const fromScene = /(?:^|&)v=(\d{6,20})/.exec(scene)?.[1]
  const code = fromScene ?? (/^\d{6,20}$/.test(params.v ?? '') ? params.v : undefined)
  if (code) rememberVillage(code)
  return code ?? rememberedVillage()
}

/** The villager's village (picked once and remembered) and its notices. */
export function useVillagerNotices() {
  const { params } = useRouter()
  const [village, setVillage] = useState<string | null>(() => villageFromLaunch(params))
  const villages = useAsync(() => call('notice', 'listVillages', {}))
  const [villageName, setVillageName] = useState('')
  const list = usePaged(async (offset, limit) => {
    if (!village) return { items: [], hasMore: false }
    const page = await call('notice', 'listPublicNotices', { villageCode: village, offset, limit })
    setVillageName(page.villageName)
    return {
      items: page.items,
      skipped: page.skipped,
      hasMore: offset + page.items.length + page.skipped < page.total,
    }
  }, village ?? '')
  const choose = useCallback((code: string | null) => {
    if (code) rememberVillage(code)
    setVillage(code)
  }, [])
  return { village, villageName, villages, list, choose }
}

/** One notice for a villager, and the objection form while the window is open. */
export function usePublicNotice() {
  const { params } = useRouter()
  const noticeId = String(params.id ?? '')
  const detail = useAsync(() => call('notice', 'getPublicNotice', { noticeId }))
  const [text, setText] = useState('')
  const [contact, setContact] = useState('')
  const [photo, setPhoto] = useState<PickedFile | null>(null)
  const [sent, setSent] = useState(false)
  const { busy, message, run } = useBusy()

  // A photo the phone cannot read is refused here, with what to do instead, before anything is sent.
  const addPhoto = useCallback(async () => {
    const picked = await run(pickImage)
    if (picked) setPhoto(picked)
  }, [run])
  const submit = useCallback(async () => {
    ensureVillagerIdentity()
    const res = await run(
      async () => {
        const photoFileId = photo ? await uploadNoticeFile('objection', photo) : undefined
        const villageCode = rememberedVillage() ?? undefined
        return call('notice', 'submitObjection', {
          noticeId,
          villageCode,
          text,
          contact: contact.trim(),
          photoFileId,
        })
      },
      () => '异议已提交，乡镇将核实处理',
    )
    if (res) setSent(true)
  }, [noticeId, text, contact, photo, run])

  return { detail, text, setText, contact, setContact, photo, addPhoto, submit, sent, busy, message }
}
