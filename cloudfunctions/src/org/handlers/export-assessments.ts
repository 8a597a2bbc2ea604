import { downloadName } from '@contract/domain/file-name'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { storeExport } from '../../shared/export-file'
import { activePeopleOfDispatchUnits } from '../../shared/people'
import { loadDispatchUnitFor } from '../dispatch-scope'
import { assessmentRows } from '../assessment-facts'
import { buildAssessmentWorkbook } from '../assessment-sheet'

/** The year's 考核 sheet of one 派出单位 as xlsx: what the county sends it, and what its contact fetches. */
export const exportAssessments: Handler<'org', 'exportAssessments'> = async (input, ctx) => {
  const unit = await loadDispatchUnitFor(ctx, input.dispatchUnitId)
  const people = await activePeopleOfDispatchUnits(ctx.db, [unit._id])
  const rows = await assessmentRows(ctx.db, unit, people, input.year)
  const buffer = await buildAssessmentWorkbook(`${unit.name} ${input.year} 年度驻村干部考核`, rows)
  const file = await storeExport(
    ctx,
    'assessment',
    downloadName('年度考核', unit.name, String(input.year)),
    buffer,
  )
  await writeAudit(
    ctx,
    'assessment_export',
    file.fileID,
    `导出「${unit.name}」${input.year} 年度考核，${rows.length} 行`,
  )
  return { ...file, rows: rows.length }
}
