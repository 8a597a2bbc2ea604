import { useCallback, useEffect, useState } from 'react'
import { isAppError } from '@contract/errors'
import type { CheckInResult, PolicyView } from '@contract/api/presence-views'
import { getDeviceId } from '@/services/device-id'
import { getFix } from '@/services/location'
import { takePhoto } from '@/services/photo'
import { subscribeQueue, submit, type QueueUpload } from '@/services/offline-queue'
import { uuid } from '@/services/uuid'
import { newUploadPath } from '@/services/uploads'
import { askForSubscription } from '@/services/subscribe'

export type CheckInState =
  | { status: 'idle' }
  | { status: 'busy'; step: string }
  | { status: 'done'; result: CheckInResult }
  | { status: 'queued'; itemId: string }
  | { status: 'failed'; message: string }

/**
 * One tap: a fresh high-accuracy fix, a camera photo when the county requires one (or the cadre
 * asks), then the check-in goes through the offline queue — sent now if there is signal, kept with
 * its device time and client id if not. The verdict is the server's.
 */
export function useCheckIn(policy: PolicyView | null) {
  const [state, setState] = useState<CheckInState>({ status: 'idle' })
  const checkIn = useCallback(
    async (withPhoto: boolean) => {
      // WeChat shows the subscribe prompt only inside a tap, so ask before the first await.
      void askForSubscription()
      try {
        setState({ status: 'busy', step: '正在定位…' })
        const fix = await getFix()
        const capturedAt = new Date().toISOString()
        const clientId = uuid()
        const deviceId = getDeviceId()
        let uploads: QueueUpload[] | undefined
        if (withPhoto || policy?.photoRequired) {
          setState({ status: 'busy', step: '请拍摄现场照片…' })
          const filePath = await takePhoto()
          uploads = [
            {
              field: 'photoFileId',
              purpose: 'check-in',
              cloudPath: newUploadPath('check-in'),
              filePath,
              claimed: {
                takenAt: capturedAt,
                location: { lat: fix.lat, lng: fix.lng, accuracy: fix.accuracy, coordType: fix.coordType },
              },
            },
          ]
        }
        setState({ status: 'busy', step: '正在提交…' })
        const item = await submit({
          id: clientId,
          fn: 'presence',
          action: 'checkIn',
          label: '在村签到',
          input: {
            clientId,
            lat: fix.lat,
            lng: fix.lng,
            accuracy: fix.accuracy,
            coordType: fix.coordType,
            capturedAt,
            deviceId,
          },
          uploads,
        })
        if (item.state === 'synced') setState({ status: 'done', result: item.result as CheckInResult })
        else if (item.state === 'pending') setState({ status: 'queued', itemId: item.id })
        else setState({ status: 'failed', message: item.lastError ?? '签到失败' })
      } catch (err) {
        setState({ status: 'failed', message: isAppError(err) ? err.message : '签到失败，请重试' })
      }
    },
    [policy],
  )
  // A queued check-in shows the server's verdict once the network returns and it is sent.
  const queuedId = state.status === 'queued' ? state.itemId : null
  useEffect(() => {
    if (!queuedId) return undefined
    return subscribeQueue((items) => {
      const item = items.find((i) => i.id === queuedId)
      if (item?.state === 'synced') setState({ status: 'done', result: item.result as CheckInResult })
      else if (item?.state === 'failed') setState({ status: 'failed', message: item.lastError ?? '签到失败' })
    })
  }, [queuedId])
  return { state, checkIn }
}
