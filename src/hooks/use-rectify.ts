import { useCallback, useState } from 'react'
import type { ActionInput, ActionOutput } from '@contract/api'
import type { RectItemSummary } from '@contract/api/rectify-schemas'
import type { RectSource, RectState } from '@contract/domain/rectification'
import type { RectAction } from '@contract/domain/rectification-flow'
import { isAppError } from '@contract/errors'
import { call } from '@/services/client'
import { openDownloadedFile } from '@/services/files'
import { useAsync } from './use-async'
import { usePaged } from './use-paged'

export type RectDetail = ActionOutput<'rectify', 'getItem'>

export interface LedgerFilter {
  villageId?: string
  townshipId?: string
  source?: RectSource
  state?: RectState
  overdue?: true
}

/** The ledger of the caller's scope, a page at a time; changing a filter starts again. */
export function useLedger(filter: LedgerFilter) {
  return usePaged<RectItemSummary>(async (offset, limit) => {
    const page = await call('rectify', 'listLedger', { ...filter, offset, limit })
    return {
      items: page.items,
      skipped: page.skipped,
      hasMore: offset + page.items.length + page.skipped < page.total,
    }
  }, JSON.stringify(filter))
}

/** 我的整改: what I owe (or what I registered), nearest deadline first. */
export function useMine(as: 'responsible' | 'registrar', state?: RectState) {
  return usePaged<RectItemSummary>(
    async (offset, limit) => {
      const page = await call('rectify', 'listMine', { as, state, offset, limit })
      return {
        items: page.items,
        skipped: page.skipped,
        hasMore: offset + page.items.length + page.skipped < page.total,
      }
    },
    `${as}|${state ?? ''}`,
  )
}

export function useItem(itemId: string) {
  return useAsync(() => call('rectify', 'getItem', { itemId }))
}

export function useRegisterOptions() {
  return useAsync(() => call('rectify', 'getRegisterOptions', {}))
}

/** Extra fields each action needs besides item, version and comment. */
export type StepExtra = Partial<
  Pick<ActionInput<'rectify', 'applyClose'>, 'description' | 'afterPhotos' | 'afterFiles'>
> & {
  deadline?: string
  responsiblePersonId?: string
  /** The reviewer's written on-site confirmation (closing a document or conduct problem without photos). */
  confirmation?: string
}

/**
 * Runs one transition with the version the screen shows, so a stale screen gets "刷新后重试"
 * instead of a second step. `message` says what happened, in Chinese.
 */
export function useStep(onDone: () => Promise<void>) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const run = useCallback(
    async (
      action: RectAction,
      item: { id: string; version: number },
      comment: string,
      extra: StepExtra = {},
    ): Promise<boolean> => {
      setBusy(true)
      setMessage('')
      const base = {
        itemId: item.id,
        version: item.version,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      }
      try {
        const out = await sendStep(action, base, extra)
        setMessage(`已${out.stateLabel === '已销号' ? '销号' : `更新为「${out.stateLabel}」`}`)
        await onDone()
        return true
      } catch (err) {
        setMessage(isAppError(err) ? err.message : '操作失败，请稍后重试')
        return false
      } finally {
        setBusy(false)
      }
    },
    [onDone],
  )
  return { busy, message, run }
}

type Base = { itemId: string; version: number; comment?: string }

function sendStep(action: RectAction, base: Base, extra: StepExtra) {
  const comment = base.comment ?? ''
  switch (action) {
    case 'applyClose':
      return call('rectify', 'applyClose', {
        ...base,
        description: extra.description ?? '',
        afterPhotos: extra.afterPhotos ?? [],
        afterFiles: extra.afterFiles ?? [],
      })
    case 'close':
      return call('rectify', 'close', {
        ...base,
        comment,
        ...(extra.confirmation?.trim() ? { confirmation: extra.confirmation.trim() } : {}),
      })
    case 'reject':
    case 'rejectExtension':
    case 'dispute':
    case 'withdraw':
      return call('rectify', action, { ...base, comment })
    case 'requestExtension':
      return call('rectify', 'requestExtension', { ...base, comment, deadline: extra.deadline ?? '' })
    case 'reassign':
      return call('rectify', 'reassign', {
        ...base,
        comment,
        responsiblePersonId: extra.responsiblePersonId ?? '',
      })
    default:
      return call('rectify', action, base)
  }
}

/** Builds the xlsx in the function and opens it (WeChat's viewer, or a new tab in the browser). */
export function useExport() {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const run = useCallback(async (filter: LedgerFilter) => {
    setBusy(true)
    setMessage('正在生成台账…')
    try {
      const out = await call('rectify', 'exportLedger', { ...filter })
      setMessage(`已导出 ${out.fileName}：${out.count} 条`)
      await openDownloadedFile(out.url, 'xlsx', out.fileName)
      return out
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '导出失败')
      return null
    } finally {
      setBusy(false)
    }
  }, [])
  return { busy, message, run }
}

/** Cadres of a village who may be made responsible (for 重新指派); nothing is read until needed. */
export function useResponsibles(villageId: string, needed: boolean) {
  const [people, setPeople] = useState<Array<{ id: string; name: string; postLabel: string }>>([])
  const load = useCallback(async () => {
    if (!needed || people.length > 0) return
    const res = await call('rectify', 'listResponsibles', { villageId })
    setPeople(res.people)
  }, [needed, people.length, villageId])
  return { people, load }
}
