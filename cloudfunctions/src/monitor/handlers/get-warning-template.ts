import type { Handler } from '../../shared/handler'
import { storeExport } from '../../shared/export-file'
import { buildWarningTemplate } from '../warning-template'

const TEMPLATE_NAME = '部门预警名单模板.xlsx'

/** Built on every call, so the template always has the columns the import reads. */
export const getWarningTemplate: Handler<'monitor', 'getWarningTemplate'> = async (_input, ctx) => {
  const { fileID, url, fileName } = await storeExport(
    ctx,
    'templates',
    TEMPLATE_NAME,
    await buildWarningTemplate(),
  )
  return { fileID, tempUrl: url, fileName }
}
