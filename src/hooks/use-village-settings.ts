import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { gcj02ToWgs84 } from '@contract/domain/presence-geo'
import { DEFAULT_PRESENCE_RADIUS_M, isValidRadius, RADIUS_RANGE_TEXT } from '@contract/domain/org-unit'
import { isAppError } from '@contract/errors'
import { call } from '@/services/client'
import { ensurePrivacyConsent } from '@/services/privacy'
import type { UnitDetail } from './use-org-unit'
import { useBusy } from './use-busy'

export interface VillageForm {
  lat: string
  lng: string
  radiusM: string
  poor: boolean
  weak: boolean
}

function initial(detail: UnitDetail): VillageForm {
  return {
    lat: detail.center ? String(detail.center.lat) : '',
    lng: detail.center ? String(detail.center.lng) : '',
    radiusM: String(detail.radiusM ?? DEFAULT_PRESENCE_RADIUS_M),
    poor: detail.unit.flags?.poor ?? false,
    weak: detail.unit.flags?.weak ?? false,
  }
}

/** The admin's 编辑村部位置 form: wgs84 point, radius and flags, saved through org.updateVillage. */
export function useVillageSettings(detail: UnitDetail, onSaved: () => void) {
  const [form, setForm] = useState<VillageForm>(() => initial(detail))
  const { busy, message, setMessage, run } = useBusy()
  const set = useCallback(
    <K extends keyof VillageForm>(key: K, value: VillageForm[K]) => setForm((f) => ({ ...f, [key]: value })),
    [],
  )

  /** WeChat's map picker answers in gcj02; the server stores wgs84. */
  const pick = useCallback(async () => {
    try {
      const asked = ensurePrivacyConsent('location')
      if (asked) await asked
      const res = await Taro.chooseLocation(
        detail.center ? { latitude: detail.center.lat, longitude: detail.center.lng } : {},
      )
      const p = gcj02ToWgs84({ lat: res.latitude, lng: res.longitude })
      setForm((f) => ({ ...f, lat: p.lat.toFixed(6), lng: p.lng.toFixed(6) }))
    } catch (err) {
      setMessage(isAppError(err) ? err.message : '未选择位置')
    }
  }, [detail.center, setMessage])

  const save = useCallback(async () => {
    const lat = Number(form.lat)
    const lng = Number(form.lng)
    const radiusM = Number(form.radiusM)
    const hasPoint = form.lat.trim() !== '' || form.lng.trim() !== ''
    if (
      hasPoint &&
      (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
    )
      return setMessage('请填写正确的纬度和经度')
    if (!isValidRadius(radiusM)) return setMessage(`签到半径须为 ${RADIUS_RANGE_TEXT} 米的整数`)
    const input = {
      villageId: detail.unit.id,
      radiusM,
      flags: { poor: form.poor, weak: form.weak },
      ...(hasPoint ? { center: { lat, lng } } : {}),
    }
    const saved = await run(
      () => call('org', 'updateVillage', input),
      () => '已保存',
    )
    if (saved) onSaved()
  }, [form, detail.unit.id, run, setMessage, onSaved])

  return { form, set, pick, save, busy, message }
}
