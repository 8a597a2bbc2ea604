import { randomBytes } from 'node:crypto'
import * as cloud from 'wx-server-sdk'
import { AppError, isErrorCode } from '@contract/errors'
import type { ActionInput } from '@contract/api'
import type { Handler } from '../../shared/handler'
import type { HandlerContext } from '../../shared/context'
import { insertUpload, newUpload, removeUpload } from '../../shared/uploads'
import { uploadCloudPath } from '@contract/domain/upload'
import { beforePhotosRequired } from '@contract/domain/rectification-evidence-rules'
import { writeAudit } from '../../shared/audit'
import type { ObjectionDoc } from '../docs'
import { objectionAbilities, objectionToDecide } from '../objection-access'
import { updateObjection } from '../repo-notices'
import { objectionView } from '../views'

type Photos = ActionInput<'rectify', 'register'>['beforePhotos']

/**
 * Rectification evidence lives under `rectify/`: the villager's photo is copied to a random path there
 * and recorded as the converting cadre's before-photo upload (rectify accepts nothing unregistered).
 */
async function evidence(
  ctx: HandlerContext,
  doc: ObjectionDoc,
  given: Photos | undefined,
  needed: boolean,
): Promise<{ photos: Photos; copied: string | null }> {
  if (given && given.length > 0) return { photos: given, copied: null }
  // A document or conduct problem needs no photo (国办函〔2026〕12号): none is forced.
  if (!doc.photoFileId && !needed) return { photos: [], copied: null }
  if (!doc.photoFileId)
    throw new AppError('failed-precondition', '该异议没有附照片，请拍摄一张现场照片后再转为整改事项')
  const photoFileId = doc.photoFileId
  const file = await cloud.downloadFile({ fileID: photoFileId }).then(
    (r) => r as unknown as { fileContent: Buffer },
    () => {
      throw new AppError('failed-precondition', '异议所附照片已无法读取，请拍摄一张现场照片后再转为整改事项')
    },
  )
  const ext = /\.(png|webp|jpe?g)$/i.exec(doc.photoFileId)?.[1]?.toLowerCase() ?? 'jpg'
  const up = await cloud.uploadFile({
    cloudPath: uploadCloudPath('rectify-before', randomBytes(16).toString('hex'), ext),
    fileContent: file.fileContent,
  })
  await insertUpload(ctx.db, newUpload(ctx, up.fileID, 'rectify-before', { deviceAt: null, location: null }))
  return { photos: [{ fileID: up.fileID }], copied: up.fileID }
}

/** Takes back the copy made for a register call that was refused: a refused conversion leaves nothing. */
async function dropCopy(ctx: HandlerContext, fileID: string | null): Promise<void> {
  if (!fileID) return
  await removeUpload(ctx.db, fileID)
  await cloud.deleteFile({ fileList: [fileID] })
}

interface Envelope {
  ok: boolean
  data?: { id: string }
  error?: { code?: unknown; message?: string }
}

/**
 * One tap from an objection to a rectification item (source 公示异议): the rectify function's own
 * register action does it, called as the same user, so its rules and scope checks apply unchanged.
 */
export const convertObjection: Handler<'notice', 'convertObjection'> = async (input, ctx) => {
  const doc = await objectionToDecide(ctx, input.objectionId)
  if (doc.status === 'converted') throw new AppError('failed-precondition', '该异议已转为整改事项')
  if (!doc.villageId) throw new AppError('failed-precondition', '该异议未关联到具体的村，无法登记整改事项')
  const register: ActionInput<'rectify', 'register'> = {
    source: 'notice_objection',
    category: input.category,
    villageId: doc.villageId,
    problem: `公示「${doc.noticeTitle}」收到村民异议：${doc.text}`.slice(0, 1000),
    target: '核实村民反映的问题，属实的整改到位并答复',
    measures: '核实异议内容，依规纠正，整改结果向村民公开',
    responsibleUnit: doc.unitName,
    responsiblePersonId: input.responsiblePersonId,
    deadline: input.deadline,
    foundIn: 'site',
    beforePhotos: [],
  }
  const { photos, copied } = await evidence(
    ctx,
    doc,
    input.photos,
    beforePhotosRequired(input.category, 'site'),
  )
  const res = (await cloud.callFunction({
    name: 'rectify',
    data: { action: 'register', input: { ...register, beforePhotos: photos } },
  })) as unknown as { result: Envelope }
  const env = res.result
  if (!env?.ok || !env.data) {
    await dropCopy(ctx, copied)
    const code = isErrorCode(env?.error?.code) ? env.error.code : 'internal'
    throw new AppError(code, env?.error?.message ?? '登记整改事项失败')
  }
  await updateObjection(ctx.db, doc._id, { status: 'converted', rectifyItemId: env.data.id })
  await writeAudit(ctx, 'notice_objection', doc._id, `异议转为整改事项 ${env.data.id}`)
  return objectionView(
    { ...doc, status: 'converted', rectifyItemId: env.data.id },
    objectionAbilities(ctx)(doc),
  )
}
