import { AppError } from '@contract/errors'
import { COMMAND_KIND_LABELS, isCommandLevel } from '@contract/domain/command-body'
import type { Handler } from '../../shared/handler'
import { writeAudit } from '../../shared/audit'
import { loadUnitInScope } from '../scope'
import {
  commandBodyIdOf,
  getCommandBody,
  insertCommandBody,
  type CommandBodyDoc,
} from '../repo-command-bodies'
import { commandBodyView } from '../command-body-view'

/** An admin sets up the unit's body: 州/县 指挥部, 乡镇 工作站 or 村 作战室 — one per unit. */
export const createCommandBody: Handler<'org', 'createCommandBody'> = async (input, ctx) => {
  const unit = await loadUnitInScope(ctx, input.unitId, ['admin'])
  const level = unit.level
  if (!isCommandLevel(level))
    throw new AppError('invalid-argument', '村民小组不设指挥部、工作站或作战室', { field: 'unitId' })
  const id = commandBodyIdOf(unit._id)
  const existing = await getCommandBody(ctx.db, id)
  if (existing)
    throw new AppError('failed-precondition', `${unit.name}已设立「${existing.name}」，可修改名称或成员`)
  const doc: CommandBodyDoc = {
    _id: id,
    unitId: unit._id,
    parentUnitId: unit.parentId,
    unitLevel: level,
    unitPath: unit.path,
    name: input.name,
    memberships: [],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  await insertCommandBody(ctx.db, doc)
  await writeAudit(
    ctx,
    'command_body',
    id,
    `设立${COMMAND_KIND_LABELS[level]}「${input.name}」（${unit.name}）`,
  )
  return commandBodyView(doc, unit.name)
}
