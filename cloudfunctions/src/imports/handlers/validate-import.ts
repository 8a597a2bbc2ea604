import type { Handler } from '../../shared/handler'
import { requireOwnUpload } from '../../shared/upload-binding'
import { readImportFile } from '../read-file'
import { planImport } from '../plan'

export const validateImport: Handler<'imports', 'validateImport'> = async (input, ctx) => {
  await requireOwnUpload(ctx, input.fileID, 'import', 'fileID')
  const plan = await planImport(ctx, await readImportFile(input.fileID))
  return plan.report
}
