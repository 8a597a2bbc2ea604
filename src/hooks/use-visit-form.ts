import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { formIssues, MAX_VISIT_PHOTOS, type FormIssue, type VisitForm } from '@contract/domain/visit-form'
import { prefillFrom } from '@contract/domain/visit-diff'
import { AppError, isAppError } from '@contract/errors'
import { getFix } from '@/services/location'
import { takePhoto } from '@/services/photo'
import { dropPhoto, keepPhoto } from '@/services/photo-store'
import { uuid } from '@/services/uuid'
import { getDraft, openDraftOf, saveDraft, type Fix, type VisitDraft } from '@/services/visit-drafts'
import { loadHouseholdDetail } from '@/services/visit-cache'
import { draftState, startVisitSync, submitDraft, syncVisits } from '@/services/visit-sync'
import { useAsync } from './use-async'

const fixOrNull = (): Promise<Fix | null> =>
  getFix().then(
    ({ lat, lng, accuracy }) => ({ lat, lng, accuracy }),
    () => null,
  )

/** Continue a draft, or the household's open draft, or start one pre-filled from the last visit. */
async function openDraft(params: { clientId?: string; householdId?: string }): Promise<VisitDraft> {
  if (params.clientId) {
    const d = getDraft(params.clientId)
    if (!d) throw new AppError('not-found', '草稿不存在或已删除')
    return d
  }
  if (!params.householdId) throw new AppError('invalid-argument', '缺少农户')
  const open = openDraftOf(params.householdId)
  if (open) return open
  const h = await loadHouseholdDetail(params.householdId)
  return saveDraft({
    clientId: uuid(),
    householdId: h.household.id,
    headName: h.household.headName,
    villageName: h.villageName,
    form: prefillFrom(h.lastVisit?.form ?? null),
    lastForm: h.lastVisit?.form ?? null,
    lastVisitAt: h.lastVisit?.startedAt ?? null,
    photos: [],
    startedAt: new Date().toISOString(),
    startLocation: null,
    endedAt: null,
    endLocation: null,
    queueId: null,
    visitId: null,
    photoError: null,
    updatedAt: '',
  })
}

/**
 * The visit form as state: every change is saved to the phone at once (closing the app loses
 * nothing); location and time are taken at the start and at submission; submission hands the draft
 * to the send queue and never deletes it.
 */
export function useVisitForm(params: { clientId?: string; householdId?: string }) {
  const { state } = useAsync(() => openDraft(params))
  const [draft, setDraft] = useState<VisitDraft | null>(null)
  const [message, setMessage] = useState('')
  const [showIssues, setShowIssues] = useState(false)
  const current = useRef<VisitDraft | null>(null)
  current.current = draft

  useEffect(startVisitSync, [])

  useEffect(() => {
    if (state.status !== 'ready' || draft) return
    setDraft(state.data)
    if (!state.data.startLocation && !state.data.queueId) {
      void fixOrNull().then((fix) => {
        const d = current.current
        if (fix && d) setDraft(saveDraft({ ...d, startLocation: fix }))
      })
    }
  }, [state, draft])

  const update = useCallback((change: (f: VisitForm) => VisitForm) => {
    const d = current.current
    if (d) setDraft(saveDraft({ ...d, form: change(d.form) }))
  }, [])

  const addPhoto = useCallback(async () => {
    const d = current.current
    if (!d || d.photos.length >= MAX_VISIT_PHOTOS) return
    setMessage('正在处理照片…')
    try {
      const id = uuid()
      const ref = await keepPhoto(await takePhoto(), id)
      const latest = current.current ?? d
      setDraft(saveDraft({ ...latest, photos: [...latest.photos, { id, ref }] }))
      setMessage('')
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '拍照失败')
    }
  }, [])

  const removePhoto = useCallback((id: string) => {
    const d = current.current
    const photo = d?.photos.find((p) => p.id === id)
    if (!d || !photo || photo.fileID) return
    void dropPhoto(photo.ref)
    setDraft(saveDraft({ ...d, photos: d.photos.filter((p) => p.id !== id) }))
  }, [])

  const issues: FormIssue[] = draft ? formIssues(draft.form) : []

  const submit = useCallback(async () => {
    const d = current.current
    if (!d) return
    if (formIssues(d.form).length) {
      setShowIssues(true)
      setMessage('请先补全标红的内容')
      return
    }
    setMessage('正在提交…')
    const sent = submitDraft({ ...d, endLocation: await fixOrNull() })
    setDraft(sent)
    await syncVisits()
    setMessage('')
    // Back to the drafts list when the form was opened from it, so the page stack holds one list.
    const pages = Taro.getCurrentPages()
    if (pages.length > 1 && (pages[pages.length - 2].route ?? '').includes('visit/pages/drafts'))
      void Taro.navigateBack()
    else void Taro.redirectTo({ url: '/packages/visit/pages/drafts/index' })
  }, [])

  const editable =
    draft !== null && (draft.queueId === null || draftState(draft) === 'failed') && !draft.visitId
  return {
    state,
    draft,
    update,
    addPhoto,
    removePhoto,
    submit,
    issues: showIssues ? issues : [],
    message,
    editable,
  }
}
