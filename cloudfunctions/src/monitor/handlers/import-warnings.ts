import { RISK_TYPE, WARNING_DEPARTMENT } from '@contract/domain/monitoring'
import type { Handler } from '../../shared/handler'
import { pathInScope, scopeUnitIds } from '../../shared/auth'
import { writeAudit } from '../../shared/audit'
import { requireOwnUpload } from '../../shared/upload-binding'
import { householdsByIdHashes } from '../../shared/households'
import { keyedHash, maskIdNumber } from '../../shared/sensitive'
import { createCase, refusalFor } from '../new-case'
import { tellStep } from '../tell'
import { readWarningFile, warningOutcome } from '../warning-file'

const IMPORTER_ROLES = ['admin', 'township_leader'] as const

/**
 * 部门筛查预警: a department's list, matched by the heads' ID hash, lands as 待评议 cases in each
 * household's own village. The list is the department's xlsx as uploaded (its name kept for the audit
 * and the answer). Rows that match no household of the caller's scope are reported, masked; a
 * household already monitored or with an open case is counted, not started twice. A list with any
 * unreadable row changes nothing.
 */
export const importWarnings: Handler<'monitor', 'importWarnings'> = async (input, ctx) => {
  const upload = await requireOwnUpload(ctx, input.fileID, 'import', 'fileID')
  const rows = await readWarningFile(input.fileID)
  const fileName = upload.name ?? input.fileID.split('/').pop() ?? ''
  const scope = scopeUnitIds(ctx.caller, IMPORTER_ROLES)
  const hashes = rows.map((r) => keyedHash(r.idNumber))
  const byHash = new Map((await householdsByIdHashes(ctx.db, hashes)).map((h) => [h.idHash, h]))
  const dept = WARNING_DEPARTMENT.labels[input.department]
  const me = ctx.caller.person
  const unmatched: Array<{ line: number; idMasked: string; reason: string }> = []
  const seen = new Set<string>()
  let created = 0
  let existing = 0
  for (const [i, row] of rows.entries()) {
    const h = byHash.get(hashes[i])
    if (!h || !pathInScope(h.unitPath, scope)) {
      unmatched.push({ line: row.line, idMasked: maskIdNumber(row.idNumber), reason: '未在本辖区农户中找到' })
      continue
    }
    if (seen.has(h._id) || (await refusalFor(ctx, h, 'inclusion'))) {
      existing += 1
      continue
    }
    seen.add(h._id)
    const doc = await createCase(ctx, h, {
      kind: 'inclusion',
      source: 'department',
      sourceRef: `${input.department}:${row.line}`,
      risks: [row.risk],
      incomePerCapita: null,
      rigidExpense: null,
      byId: me._id,
      byName: me.name,
      starterOpenid: null,
      note: `${dept}预警：${RISK_TYPE.labels[row.risk]}${row.note ? `，${row.note}` : ''}`,
    })
    await tellStep(ctx, doc, doc.history[0])
    created += 1
  }
  const outcome = warningOutcome(created, existing, unmatched.length)
  await writeAudit(
    ctx,
    'monitor_import',
    `${input.department}-${ctx.now.getTime()}`,
    `导入${dept}预警名单 ${fileName}（${rows.length} 行）：${outcome}`,
  )
  return { total: rows.length, created, existing, unmatched, fileName, outcome }
}
