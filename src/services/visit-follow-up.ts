import Taro from '@tarojs/taro'
import type { PhotoInput } from '@contract/domain/rectification'
import { RISK, type RiskKey } from '@contract/domain/visit-form'
import type { VisitDetail } from '@contract/api/visit-schemas'
import { AppError } from '@contract/errors'
import { call } from './client'
import { captureEvidence } from './evidence'
import { uploadFor } from './uploads'

const dayFromToday = (days: number) =>
  new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)

/** The ledger keeps its evidence under `rectify/`: the visit's photos are copied there as new before-photos (at most 3). */
async function evidenceFrom(visit: VisitDetail): Promise<PhotoInput[]> {
  const out: PhotoInput[] = []
  for (const photo of visit.photoList.filter((p) => p.url).slice(0, 3)) {
    const local = await Taro.downloadFile({ url: photo.url })
    const fileID = await uploadFor('rectify-before', local.tempFilePath, { takenAt: visit.startedAt })
    out.push({ fileID, takenAt: visit.startedAt })
  }
  // The ledger needs a before-photo; a visit without one asks for a photo now.
  return out.length ? out : [await captureEvidence('rectify-before')]
}

/**
 * One tap from a risk found in a visit to a 挂号 item in the rectification ledger (rectify.register),
 * prefilled from the visit with source 走访; the item is then linked to the visit.
 */
export async function registerFollowUp(visit: VisitDetail, risk: RiskKey): Promise<string> {
  const { villages } = await call('rectify', 'getRegisterOptions', {})
  const village = villages.find((v) => v.id === visit.villageId)
  if (!village) throw new AppError('permission-denied', '您不能在该村登记整改事项')
  const { people } = await call('rectify', 'listResponsibles', { villageId: visit.villageId })
  const responsible = people.find((p) => p.postLabel.includes('第一书记')) ?? people[0]
  if (!responsible) throw new AppError('failed-precondition', '该村没有可作为责任人的干部')
  const found = `走访发现${RISK.labels[risk]}风险：${visit.headName}户`
  const res = await call('rectify', 'register', {
    source: 'visit',
    category: 'policy',
    villageId: visit.villageId,
    problem: `${found}${visit.form.problems ? `，${visit.form.problems}` : ''}`.slice(0, 1000),
    target: '消除返贫致贫风险，落实帮扶措施',
    measures: (visit.form.help.text || '制定针对性帮扶措施，跟踪落实并回访').slice(0, 1000),
    responsibleUnit: `${visit.villageName}党支部`,
    responsiblePersonId: responsible.id,
    deadline: dayFromToday(15),
    beforePhotos: await evidenceFrom(visit),
  })
  await call('visit', 'linkFollowUp', { visitId: visit.id, risk, itemId: res.id })
  return res.id
}
