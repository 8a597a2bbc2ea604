import * as cloud from 'wx-server-sdk'
import { AppError } from '@contract/errors'
import { listActions } from '@contract/api'
import { IMPORT_KINDS, IMPORT_LAYOUTS } from '@contract/domain/import-layout'
import { shanghaiDay } from '@contract/domain/presence-time'
import { collectedFields } from '@contract/compliance/collected-fields'
import { filingSheets } from '@contract/compliance/filing-pack'
import { PERSONAL_INFO } from '@contract/compliance/personal-info'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { scopeUnitIds } from '../../shared/auth'
import { getUnitsByIds } from '../../shared/org-units'
import { filingSettings } from '../filing-settings'
import { filingWorkbook } from '../filing-xlsx'
import { countyIdsOf } from '../../shared/org-tree'

/** 备案材料 of the admin's county, generated from the code's own declarations and the settings in force. */
export const exportFilingPack: Handler<'report', 'exportFilingPack'> = async (_input, ctx) => {
  const granted = await getUnitsByIds(ctx.db, [...scopeUnitIds(ctx.caller, ['admin'])])
  const countyIds = countyIdsOf(granted.values())
  const county =
    countyIds.length === 1 ? (await getUnitsByIds(ctx.db, countyIds)).get(countyIds[0]) : undefined
  if (!county) throw new AppError('failed-precondition', '未找到您管理的区县')
  const day = shanghaiDay(ctx.now)
  const actions = listActions()
  const fields = collectedFields(
    actions,
    IMPORT_KINDS.map((k) => IMPORT_LAYOUTS[k]),
  )
  const settings = await filingSettings(ctx.db, county)
  const buffer = await filingWorkbook(filingSheets({ county: county.name, day, actions, fields, settings }))
  const fileName = `备案材料-${county.name}-${day}.xlsx`
  const cloudPath = `exports/filing/${ctx.requestId.replace(/[^\w-]/g, '')}/${fileName}`
  const uploaded = (await cloud.uploadFile({ cloudPath, fileContent: buffer })) as { fileID: string }
  const temp = (await cloud.getTempFileURL({ fileList: [uploaded.fileID] })) as {
    fileList: Array<{ tempFileURL: string }>
  }
  await writeAudit(ctx, 'report_export', uploaded.fileID, `导出备案材料 ${county.name}`)
  return {
    fileID: uploaded.fileID,
    url: temp.fileList[0]?.tempFileURL ?? '',
    fileName,
    counts: {
      functions: actions.length,
      personalInfo: PERSONAL_INFO.length,
      fields: fields.length,
      settings: settings.length,
    },
  }
}
