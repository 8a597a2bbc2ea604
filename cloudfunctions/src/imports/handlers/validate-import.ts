import type { Handler } from '../../shared/handler'
import { readImportFile } from '../read-file'
import { planImport } from '../plan'

export const validateImport: Handler<'imports', 'validateImport'> = async (input, ctx) => {
  const plan = await planImport(ctx, await readImportFile(input.fileID))
  return plan.report
}
