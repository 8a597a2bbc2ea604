import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'
import { ATTACH_STEPS, type AttachStep } from '@contract/domain/county-attach'
import type { Placement } from '@contract/api/org-levels'
import { listPlacements, runAttachPart } from '@/services/county-attach'
import { useAsync } from './use-async'

export type PartState = 'waiting' | 'running' | 'done' | 'failed'

/** The run on screen: each part's state and the records it rewrote so far. */
export interface AttachRun {
  countyId: string
  countyName: string
  prefectureId: string
  parts: Record<AttachStep, { state: PartState; fixed: number }>
  error: string | null
  finished: boolean
}

const freshParts = () =>
  Object.fromEntries(ATTACH_STEPS.map((s) => [s, { state: 'waiting', fixed: 0 }])) as AttachRun['parts']

/** Calls per part at most in one run: far more than any county needs (4,000 records a call). */
const MAX_CALLS = 500

/**
 * Places a county under a 州/市 and re-paths everything beneath it, part after part, each called again
 * until it says done. Every part is idempotent, so resuming (after an error or a closed page) runs the
 * parts from the top: those already done answer at once.
 */
export function useCountyAttach() {
  const list = useAsync(() => listPlacements())
  const [run, setRun] = useState<AttachRun | null>(null)
  const start = useCallback(
    async (county: Pick<Placement, 'id' | 'name'>, prefectureId: string) => {
      let parts = freshParts()
      const show = (patch: Partial<AttachRun>) =>
        setRun({
          countyId: county.id,
          countyName: county.name,
          prefectureId,
          parts,
          error: null,
          finished: false,
          ...patch,
        })
      show({})
      for (const step of ATTACH_STEPS) {
        try {
          for (let calls = 0; ; calls++) {
            parts = { ...parts, [step]: { ...parts[step], state: 'running' } }
            show({})
            const res = await runAttachPart(step, county.id, prefectureId)
            parts = {
              ...parts,
              [step]: { state: res.done ? 'done' : 'running', fixed: parts[step].fixed + res.fixed },
            }
            show({})
            if (res.done) break
            if (calls >= MAX_CALLS) throw new Error('too many calls')
          }
        } catch (err) {
          parts = { ...parts, [step]: { ...parts[step], state: 'failed' } }
          show({
            error: isAppError(err) ? err.message : '网络或服务出错，已完成的部分不会重复，请点“继续补全”',
          })
          await list.reload()
          return false
        }
      }
      show({ finished: true })
      await list.reload()
      return true
    },
    [list],
  )
  return { list, run, start, clear: () => setRun(null) }
}
