import {
  CHECK,
  HELP,
  HOUSE_CLASS,
  INCOME_SOURCE,
  RISK,
  SATISFACTION,
  blankForm,
  type VisitForm,
} from './visit-form'

/**
 * A new visit opens with what the last one found: the checklist (with its notes), income, the risks
 * still open, the help measures in place and the satisfaction. What belongs to one visit only — the
 * problems written, the help given this time — starts empty, so nothing is re-submitted unseen.
 */
export function prefillFrom(last: VisitForm | null): VisitForm {
  if (!last) return blankForm()
  const blank = blankForm()
  return {
    checks: {
      food: { ...last.checks.food },
      clothing: { ...last.checks.clothing },
      education: { ...last.checks.education },
      medical: { ...last.checks.medical },
      water: { ...last.checks.water },
      housing: { ...last.checks.housing },
    },
    income: { annualEstimate: last.income.annualEstimate, sources: [...last.income.sources] },
    risks: [...last.risks],
    incomePerCapita: last.incomePerCapita ?? blank.incomePerCapita,
    rigidExpense: { ...(last.rigidExpense ?? blank.rigidExpense ?? { medical: 0, schooling: 0 }) },
    // Starting 监测识别 is this visit's decision, never carried over.
    startMonitoring: false,
    problems: blank.problems,
    help: { measures: [...last.help.measures], text: blank.help.text },
    satisfaction: last.satisfaction,
  }
}

export interface FormChange {
  /** Dot path of the field, e.g. `checks.housing`. */
  field: string
  label: string
  before: string
  after: string
  /** The change is for the worse (a "no" appeared, a risk, income fell by a fifth or more). */
  worse: boolean
}

const YES_NO = (ok: boolean) => (ok ? '是' : '否')
const names = <K extends string>(labels: Record<K, string>, keys: readonly K[]) =>
  keys.length ? keys.map((k) => labels[k]).join('、') : '无'
const yuan = (n: number) => `${n.toLocaleString('en-US')} 元`

/** A fall of this share of the last estimate is 收入骤降-worthy and flagged. */
export const INCOME_DROP_SHARE = 0.2

/** What changed between two forms, in form order; empty when nothing did. Pure, for the "since last visit" panel. */
export function diffForms(before: VisitForm, after: VisitForm): FormChange[] {
  const out: FormChange[] = []
  for (const key of CHECK.keys) {
    const a = before.checks[key]
    const b = after.checks[key]
    if (a.ok !== b.ok || a.note !== b.note) {
      const show = (c: typeof a) => (c.note ? `${YES_NO(c.ok)}（${c.note}）` : YES_NO(c.ok))
      out.push({
        field: `checks.${key}`,
        label: CHECK.labels[key],
        before: show(a),
        after: show(b),
        worse: a.ok && !b.ok,
      })
    }
  }
  const ha = before.checks.housing.houseClass
  const hb = after.checks.housing.houseClass
  if (ha !== hb) {
    const show = (c: typeof ha) => (c ? HOUSE_CLASS.labels[c] : '未评定')
    out.push({
      field: 'checks.housing.houseClass',
      label: '住房安全等级',
      before: show(ha),
      after: show(hb),
      worse: (hb ?? 'A') > (ha ?? 'A'),
    })
  }
  const ia = before.income.annualEstimate
  const ib = after.income.annualEstimate
  if (ia !== ib) {
    out.push({
      field: 'income.annualEstimate',
      label: '家庭年收入估算',
      before: yuan(ia),
      after: yuan(ib),
      worse: ia > 0 && (ia - ib) / ia >= INCOME_DROP_SHARE,
    })
  }
  for (const [field, label, a, b] of [
    ['incomePerCapita', '人均纯收入', before.incomePerCapita ?? 0, after.incomePerCapita ?? 0],
    [
      'rigidExpense.medical',
      '医疗刚性支出',
      before.rigidExpense?.medical ?? 0,
      after.rigidExpense?.medical ?? 0,
    ],
    [
      'rigidExpense.schooling',
      '教育刚性支出',
      before.rigidExpense?.schooling ?? 0,
      after.rigidExpense?.schooling ?? 0,
    ],
  ] as const) {
    if (a === b) continue
    // Less income per head, or more unavoidable spending, is for the worse.
    const worse = field === 'incomePerCapita' ? a > 0 && (a - b) / a >= INCOME_DROP_SHARE : b > a
    out.push({ field, label, before: yuan(a), after: yuan(b), worse })
  }
  pushSet(
    out,
    'income.sources',
    '收入来源',
    INCOME_SOURCE.labels,
    before.income.sources,
    after.income.sources,
    false,
  )
  pushSet(out, 'risks', '风险', RISK.labels, before.risks, after.risks, true)
  pushSet(out, 'help.measures', '帮扶措施', HELP.labels, before.help.measures, after.help.measures, false)
  if (before.satisfaction !== after.satisfaction) {
    const rank = { satisfied: 0, fair: 1, dissatisfied: 2 }
    out.push({
      field: 'satisfaction',
      label: '满意度',
      before: SATISFACTION.labels[before.satisfaction],
      after: SATISFACTION.labels[after.satisfaction],
      worse: rank[after.satisfaction] > rank[before.satisfaction],
    })
  }
  for (const [field, label, a, b] of [
    ['problems', '存在问题', before.problems, after.problems],
    ['help.text', '帮扶情况', before.help.text, after.help.text],
  ] as const) {
    if (a !== b) out.push({ field, label, before: a || '无', after: b || '无', worse: false })
  }
  return out
}

function pushSet<K extends string>(
  out: FormChange[],
  field: string,
  label: string,
  labels: Record<K, string>,
  a: readonly K[],
  b: readonly K[],
  addedIsWorse: boolean,
): void {
  const sa = [...a].sort()
  const sb = [...b].sort()
  if (sa.join() === sb.join()) return
  const added = b.some((k) => !a.includes(k))
  out.push({ field, label, before: names(labels, a), after: names(labels, b), worse: addedIsWorse && added })
}
