import {
  blankForm,
  formIssues,
  isDangerousHouse,
  visitFormSchema,
  type VisitForm,
} from '../../types/domain/visit-form'
import { diffForms, prefillFrom } from '../../types/domain/visit-diff'
import { maskName, maskText } from '../../types/domain/visit-mask'

const edit = (patch: (f: VisitForm) => void): VisitForm => {
  const f = blankForm()
  patch(f)
  return f
}

describe('the visit form schema', () => {
  const valid: Array<[string, VisitForm]> = [
    ['a blank form (everything 是)', blankForm()],
    [
      'a "no" with a note',
      edit((f) => {
        f.checks.food = { ok: false, note: '口粮不足' }
      }),
    ],
    [
      'a C-class house answered "no" with a note',
      edit((f) => {
        f.checks.housing = { ok: false, note: '墙体开裂', houseClass: 'C' }
      }),
    ],
    [
      'income, sources, risks and help',
      edit((f) => {
        f.income = { annualEstimate: 30000, sources: ['wages', 'farming'] }
        f.risks = ['illness']
        f.help = { measures: ['health'], text: '协助大病报销' }
      }),
    ],
  ]
  test.each(valid)('accepts %s', (_name, form) => {
    expect(visitFormSchema.safeParse(form).success).toBe(true)
  })

  const invalid: Array<[string, unknown, string]> = [
    [
      'a "no" without a note',
      edit((f) => {
        f.checks.education = { ok: false, note: '  ' }
      }),
      'checks.education.note',
    ],
    [
      'a D-class house answered "safe"',
      edit((f) => {
        f.checks.housing = { ok: true, note: '', houseClass: 'D' }
      }),
      'checks.housing.ok',
    ],
    [
      'a risk listed twice',
      edit((f) => {
        f.risks = ['illness', 'illness']
      }),
      'risks',
    ],
    [
      'a negative income',
      edit((f) => {
        f.income.annualEstimate = -1
      }),
      'income.annualEstimate',
    ],
    ['an unknown risk', { ...blankForm(), risks: ['lottery'] }, 'risks.0'],
    ['an unknown key', { ...blankForm(), extra: 1 }, ''],
    [
      'a missing checklist item',
      { ...blankForm(), checks: { ...blankForm().checks, water: undefined } },
      'checks.water',
    ],
    [
      'a note over 200 characters',
      edit((f) => {
        f.checks.food = { ok: false, note: '字'.repeat(201) }
      }),
      'checks.food.note',
    ],
  ]
  test.each(invalid)('refuses %s, naming the field', (_name, form, path) => {
    const r = visitFormSchema.safeParse(form)
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues.map((i) => i.path.join('.'))).toContain(path)
  })

  test('the rules give a Chinese message naming the checklist item', () => {
    expect(
      formIssues(
        edit((f) => {
          f.checks.water = { ok: false, note: '' }
        }),
      )[0].message,
    ).toBe('「饮水安全」选择了否，请写明情况')
  })

  test('C and D houses are dangerous, A, B and unrated are not', () => {
    expect(
      isDangerousHouse(
        edit((f) => {
          f.checks.housing.houseClass = 'D'
        }),
      ),
    ).toBe(true)
    expect(
      isDangerousHouse(
        edit((f) => {
          f.checks.housing.houseClass = 'B'
        }),
      ),
    ).toBe(false)
    expect(isDangerousHouse(blankForm())).toBe(false)
  })
})

describe('pre-fill and changes since the last visit', () => {
  const last = edit((f) => {
    f.checks.medical = { ok: false, note: '未签约家庭医生' }
    f.income = { annualEstimate: 30000, sources: ['wages'] }
    f.risks = ['illness']
    f.problems = '看病难'
    f.help = { measures: ['health'], text: '联系村医' }
    f.satisfaction = 'fair'
  })

  test('no last visit gives a blank form', () => {
    expect(prefillFrom(null)).toEqual(blankForm())
  })

  test("a new visit carries the checklist, income, open risks, measures and satisfaction, but not this visit's texts", () => {
    const next = prefillFrom(last)
    expect(next.checks.medical).toEqual({ ok: false, note: '未签约家庭医生' })
    expect(next.income).toEqual({ annualEstimate: 30000, sources: ['wages'] })
    expect(next.risks).toEqual(['illness'])
    expect(next.help).toEqual({ measures: ['health'], text: '' })
    expect(next.problems).toBe('')
    expect(next.satisfaction).toBe('fair')
  })

  test('the pre-filled form is a copy: editing it leaves the last visit unchanged', () => {
    const next = prefillFrom(last)
    next.checks.medical.ok = true
    next.risks.push('disaster')
    expect(last.checks.medical.ok).toBe(false)
    expect(last.risks).toEqual(['illness'])
  })

  test('an unchanged pre-fill differs only in the per-visit texts', () => {
    expect(diffForms(last, prefillFrom(last)).map((c) => c.field)).toEqual(['problems', 'help.text'])
    expect(diffForms(last, last)).toEqual([])
  })

  test('a new "no", a new risk, a fall of a fifth in income and a worse satisfaction are flagged worse', () => {
    const next = edit((f) => {
      Object.assign(f, prefillFrom(last))
      f.checks.water = { ok: false, note: '水井干涸' }
      f.risks = ['illness', 'unemployment']
      f.income = { annualEstimate: 24000, sources: ['wages'] }
      f.satisfaction = 'dissatisfied'
    })
    const changes = Object.fromEntries(diffForms(last, next).map((c) => [c.field, c]))
    expect(changes['checks.water']).toMatchObject({ before: '是', after: '否（水井干涸）', worse: true })
    expect(changes['risks']).toMatchObject({ before: '因病', after: '因病、失业', worse: true })
    expect(changes['income.annualEstimate']).toMatchObject({
      before: '30,000 元',
      after: '24,000 元',
      worse: true,
    })
    expect(changes['satisfaction']).toMatchObject({ before: '基本满意', after: '不满意', worse: true })
  })

  test('a fixed problem and a small income fall are changes, not for the worse', () => {
    const next = edit((f) => {
      Object.assign(f, prefillFrom(last))
      f.checks.medical = { ok: true, note: '' }
      f.income.annualEstimate = 27000
      f.risks = []
    })
    const changes = diffForms(last, next)
    expect(changes.find((c) => c.field === 'checks.medical')).toMatchObject({
      before: '否（未签约家庭医生）',
      after: '是',
      worse: false,
    })
    expect(changes.find((c) => c.field === 'income.annualEstimate')?.worse).toBe(false)
    expect(changes.find((c) => c.field === 'risks')).toMatchObject({ after: '无', worse: false })
  })
})

describe('masking for shared visits and the 明白卡', () => {
  test('names keep their first character', () => {
    expect(maskName('张三')).toBe('张*')
    expect(maskName('欧阳建国')).toBe('欧***')
    expect(maskName('李')).toBe('李*')
  })

  test('free text loses the names and long numbers but keeps the rest', () => {
    const out = maskText('张三丰反映，电话13812345678，身份证41130219800101123X，张三丰家2口人', ['张三丰'])
    expect(out).toBe('张**反映，电话***********，身份证******************，张**家2口人')
  })

  test('free text loses numbers written with spaces, dashes or full-width digits too', () => {
    expect(maskText('电话 138 1234 5678，或 １３９－１２３４－６６２１', [])).toBe(
      '电话 *************，或 *************',
    )
  })
})
