import { ESCALATION_RULE_TEXT } from './rectification-escalation'
import type { RectState } from './rectification'
import type { RectAction } from './rectification-flow'

/**
 * What an action will set off, shown beside its button before the reviewer confirms: who is told
 * (as types/domain/notify-events.ts tells them) and whether any discipline proposal follows. An
 * empty string: nothing beyond the state change.
 */
export function actionConsequence(
  action: RectAction,
  item: { state: RectState; responsibleName: string },
): string {
  const who = item.responsibleName
  switch (action) {
    case 'dispatch':
      return `将通知 ${who} 签收。`
    case 'close':
      return `将通知 ${who}：销号已通过，附您填写的意见。`
    case 'reject':
      return `将通知 ${who}：销号申请被驳回，附您填写的意见。驳回不计入问责，不会产生问责建议（${ESCALATION_RULE_TEXT}）。`
    case 'approveExtension':
      return `将通知 ${who}：延期已批准，附您填写的意见。`
    case 'rejectExtension':
      return `将通知 ${who}：延期未批准，附您填写的意见。`
    case 'reassign':
      return `将通知原责任人 ${who} 异议处理结果，并通知新责任人签收。`
    case 'withdraw':
      return item.state === 'registered' ? '' : `将通知 ${who}：事项已撤回，附您填写的理由。`
    default:
      return ''
  }
}
