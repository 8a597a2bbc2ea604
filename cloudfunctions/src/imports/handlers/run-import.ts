import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { requireOwnUpload } from '../../shared/upload-binding'
import { writeAudit } from '../../shared/audit'
import { readImportFile } from '../read-file'
import { planImport } from '../plan'
import { applyPlan } from '../apply'
import { importOutcome } from '@contract/domain/import-outcome'

/**
 * The file is read and checked again here, never trusted from an earlier validation. One audit
 * entry per import (not per row): it names the file, which holds every row.
 */
export const runImport: Handler<'imports', 'runImport'> = async (input, ctx) => {
  const upload = await requireOwnUpload(ctx, input.fileID, 'import', 'fileID')
  const plan = await planImport(ctx, await readImportFile(input.fileID))
  const { report } = plan
  if (!report.clean && !input.validOnly) {
    throw new AppError(
      'failed-precondition',
      `文件中有 ${report.issueCount} 处错误，未导入。请修正后重新上传，或选择「只导入无误的行」`,
    )
  }
  await applyPlan(ctx, plan)
  const parts = report.counts.map(
    (c) =>
      `${c.label}新增 ${c.create}、更新 ${c.update}、未变 ${c.unchanged}${c.invalid ? `、跳过有误 ${c.invalid} 行` : ''}`,
  )
  const fileName = upload.name ?? input.fileID.split('/').pop() ?? ''
  const { written, text } = importOutcome(report.counts)
  await writeAudit(
    ctx,
    'import',
    input.fileID.slice(0, 200),
    `导入 ${fileName}：${written ? parts.join('；') : text}`,
  )
  return { report, imported: true, fileName, written, outcome: text }
}
