import { AppError } from '@contract/errors'
import { MAX_WARNING_ROWS, parseWarningList } from '@contract/domain/warning-list'
import { RISK_TYPE, WARNING_DEPARTMENT } from '@contract/domain/monitoring'
import type { Handler } from '../../shared/handler'
import { pathInScope, scopeUnitIds } from '../../shared/auth'
import { writeAudit } from '../../shared/audit'
import { householdsByIdHashes } from '../../shared/households'
import { keyedHash, maskIdNumber } from '../../shared/sensitive'
import { createCase, refusalFor } from '../new-case'
import { tellStep } from '../tell'

const IMPORTER_ROLES = ['admin', 'township_leader'] as const

/**
 * 部门筛查预警: a department's list, matched by the heads' ID hash, lands as 待评议 cases in each
 * household's own village. Rows that match no household of the caller's scope are reported, masked;
 * a household already monitored or with an open case is counted, not started twice. A list with any
 * unreadable row changes nothing.
 */
export const importWarnings: Handler<'monitor', 'importWarnings'> = async (input, ctx) => {
  const { rows, problems } = parseWarningList(input.text)
  if (problems.length > 0) {
    const first = problems.slice(0, 3).map((p) => `第 ${p.line} 行${p.message}`)
    throw new AppError('invalid-argument', `名单有 ${problems.length} 行无法读取：${first.join('；')}`, {
      field: 'text',
    })
  }
  if (rows.length === 0) throw new AppError('invalid-argument', '名单中没有可导入的行', { field: 'text' })
  if (rows.length > MAX_WARNING_ROWS)
    throw new AppError('invalid-argument', `每次最多导入 ${MAX_WARNING_ROWS} 行，请分批导入`, {
      field: 'text',
    })
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
  await writeAudit(
    ctx,
    'monitor_import',
    `${input.department}-${ctx.now.getTime()}`,
    `导入${dept}预警名单 ${rows.length} 行：新增待评议 ${created} 户，已在监测或办理中 ${existing} 户，未匹配 ${unmatched.length} 行`,
  )
  return { total: rows.length, created, existing, unmatched }
}
