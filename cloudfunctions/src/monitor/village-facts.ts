import { AppError } from '@contract/errors'
import { INCOME_REASON_MESSAGE, checkIncome } from '@contract/domain/monitoring-flow'
import type { MonitoringSection } from '@contract/domain/county-policy'
import type { InputOf } from '../shared/handler'
import type { MonitorCaseDoc } from '../shared/monitor-cases'

type Input = InputOf<'monitor', 'decideStep'>
type Facts = Pick<MonitorCaseDoc, 'monitorType' | 'risks' | 'incomePerCapita' | 'rigidExpense'>

/**
 * What the village review settles: the 监测类型, the risks and the income it verified. Only that step
 * may change them; passing needs a type (for 纳入) and, where the income says so, a written reason.
 */
export function villageFacts(doc: MonitorCaseDoc, input: Input, policy: MonitoringSection): Facts {
  const given =
    input.monitorType !== undefined ||
    input.risks !== undefined ||
    input.incomePerCapita !== undefined ||
    input.rigidExpense !== undefined
  if (doc.step !== 'candidate') {
    if (given)
      throw new AppError('invalid-argument', '监测类型、风险类型与收入只在村级评议时填写', {
        field: 'monitorType',
      })
    return pickFacts(doc)
  }
  const facts: Facts = {
    monitorType: input.monitorType ?? doc.monitorType,
    risks: input.risks ?? doc.risks,
    incomePerCapita: input.incomePerCapita ?? doc.incomePerCapita,
    rigidExpense: input.rigidExpense ?? doc.rigidExpense,
  }
  if (input.outcome === 'reject') return facts
  if (doc.kind === 'inclusion' && !facts.monitorType)
    throw new AppError('invalid-argument', '请选择监测对象类型', { field: 'monitorType' })
  if (facts.risks.length === 0)
    throw new AppError('invalid-argument', '请至少选择一项风险类型', { field: 'risks' })
  const income = checkIncome(doc.kind, facts.incomePerCapita, facts.rigidExpense, policy.incomeLine)
  if (income.needsReason && !input.incomeReason)
    throw new AppError('invalid-argument', INCOME_REASON_MESSAGE[doc.kind], { field: 'incomeReason' })
  return facts
}

function pickFacts(doc: MonitorCaseDoc): Facts {
  return {
    monitorType: doc.monitorType,
    risks: doc.risks,
    incomePerCapita: doc.incomePerCapita,
    rigidExpense: doc.rigidExpense,
  }
}
