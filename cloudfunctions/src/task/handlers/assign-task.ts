import { randomUUID } from 'node:crypto'
import { AppError } from '@contract/errors'
import { shanghaiDay } from '@contract/domain/presence-time'
import type { OrgLevel } from '@contract/domain/org-unit'
import type { Handler } from '../../shared/handler'
import { getUnitsByIds } from '../../shared/org-units'
import { countyIdOf } from '../../shared/org-tree'
import { writeAudit } from '../../shared/audit'
import { supervisedUnits } from '../access'
import { addTask, type IssuerLevel, type TaskDoc } from '../repo'

const ISSUING: ReadonlySet<OrgLevel> = new Set(['prefecture', 'county', 'township'])
const RANK: Record<OrgLevel, number> = { prefecture: 0, county: 1, township: 2, village: 3, group: 4 }
const isIssuerLevel = (l: OrgLevel): l is IssuerLevel => ISSUING.has(l)

/**
 * A supervisor gives units below their own (county, township or village; never a person) a task with
 * a deadline and a measure. All units must lie under one unit the caller supervises: that unit issues.
 */
export const assignTask: Handler<'task', 'assignTask'> = async (input, ctx) => {
  if (input.deadline < shanghaiDay(ctx.now)) throw new AppError('invalid-argument', '完成时限不能早于今天')
  const ids = [...new Set(input.unitIds)]
  const mine = supervisedUnits(ctx.caller)
  const units = await getUnitsByIds(ctx.db, [...ids, ...mine])
  const targets = ids.map((id) => units.get(id))
  if (targets.some((u) => !u)) throw new AppError('not-found', '所选单位不存在')
  const issuers = [...mine]
    .map((id) => units.get(id))
    .filter((u) => !!u && isIssuerLevel(u.level))
    .sort((a, b) => RANK[b?.level ?? 'group'] - RANK[a?.level ?? 'group'])
  // The nearest supervised unit above every target issues (a county supervisor of two townships: the county).
  const issuer = issuers.find((s) =>
    targets.every((t) => !!t && !!s && t._id !== s._id && t.path.includes(s._id) && RANK[t.level] <= 3),
  )
  if (!issuer || !isIssuerLevel(issuer.level))
    throw new AppError('permission-denied', '只能向本级管辖范围内的下级单位（县、乡镇、村）下达任务')
  const task: TaskDoc = {
    _id: randomUUID().replace(/-/g, ''),
    title: input.title,
    detail: input.detail,
    issuerUnitId: issuer._id,
    issuerUnitName: issuer.name,
    issuerLevel: issuer.level,
    issuedById: ctx.caller.person._id,
    unitIds: ids,
    units: targets.flatMap((t) =>
      t ? [{ unitId: t._id, countyId: countyIdOf(t) ?? '', name: t.name }] : [],
    ),
    countyIds: [...new Set(targets.flatMap((t) => (t ? [countyIdOf(t) ?? ''] : [])))].filter(Boolean),
    deadline: input.deadline,
    measure: input.measure,
    status: 'open',
    createdAt: ctx.now,
  }
  await addTask(ctx.db, task)
  await writeAudit(
    ctx,
    'sched_task',
    task._id,
    `下达调度任务「${task.title}」给 ${ids.length} 个单位，时限 ${task.deadline}`,
  )
  return { taskId: task._id }
}
