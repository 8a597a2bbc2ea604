import * as cloud from 'wx-server-sdk'
import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { overseesIssuer, supervisedUnits } from '../access'
import { summaryById } from '../repo'

/** The weekly summary's xlsx, for the supervisors of the unit it is about (and of the 州/市 above a county). */
export const getWeeklyFile: Handler<'task', 'getWeeklyFile'> = async (input, ctx) => {
  const summary = await summaryById(ctx.db, input.summaryId)
  if (!summary) throw new AppError('not-found', '未找到该周通报')
  const mine = supervisedUnits(ctx.caller).has(summary.unitId)
  if (!mine && !(await overseesIssuer(ctx.db, ctx.caller, summary.unitId)))
    throw new AppError('permission-denied', '该周通报不在您的管辖范围内')
  const temp = (await cloud.getTempFileURL({ fileList: [summary.fileID] })) as {
    fileList: Array<{ tempFileURL?: string }>
  }
  const url = temp.fileList[0]?.tempFileURL
  if (!url) throw new AppError('internal', '生成下载地址失败')
  return { url, fileName: summary.fileName }
}
