import fc from 'fast-check'
import { POLICY_DEFAULTS, stricterParts } from '../../types/domain/county-policy'
import { CASE_STEP } from '../../types/domain/monitoring'
import {
  checkIncome,
  isOverdue,
  kindAfterClearance,
  nextStep,
  stepDueDay,
} from '../../types/domain/monitoring-flow'
import { parseWarningSheet, warningSheetOf } from '../../types/domain/warning-list'
import { idCheckChar } from '../../types/domain/id-number'

const policy = POLICY_DEFAULTS.monitoring

describe('the steps of a 防返贫 case', () => {
  test('with a 公示 the village review waits for it; without one it goes straight to the township', () => {
    expect(nextStep('candidate', true)).toBe('village_review')
    expect(nextStep('candidate', false)).toBe('township_review')
    expect(nextStep('village_review', true)).toBe('township_review')
    expect(nextStep('township_review', true)).toBe('county_confirm')
    expect(nextStep('county_confirm', false)).toBe('done')
  })

  test('every open step reaches 已完成 in at most four passes, whatever the 公示 setting', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASE_STEP.keys), fc.boolean(), (start, publicity) => {
        let step = start
        for (let i = 0; i < 4 && step !== 'done' && step !== 'rejected'; i++) step = nextStep(step, publicity)
        return step === 'done' || step === 'rejected'
      }),
    )
  })

  test('each step is due after the county’s days and is overdue only once that day has passed', () => {
    expect(stepDueDay('candidate', '2026-12-07', policy)).toBe('2026-12-14')
    expect(stepDueDay('township_review', '2026-12-07', policy)).toBe('2026-12-11')
    expect(stepDueDay('done', '2026-12-07', policy)).toBeNull()
    expect(isOverdue('township_review', '2026-12-11', '2026-12-11')).toBe(false)
    expect(isOverdue('township_review', '2026-12-11', '2026-12-12')).toBe(true)
    expect(isOverdue('done', '2026-12-11', '2027-01-01')).toBe(false)
  })

  test('a cleared household goes back to its prior kind, never stays 监测对象', () => {
    expect(kindAfterClearance('lifted')).toBe('lifted')
    expect(kindAfterClearance(null)).toBe('ordinary')
    expect(kindAfterClearance('monitored')).toBe('ordinary')
  })

  test('shorter step limits than the default are stricter and named; longer ones are not', () => {
    expect(stricterParts('monitoring', policy, { ...policy, villageDays: 5, countyDays: 10 })).toEqual([
      '村级评议时限由 7 天缩短到 5 天',
    ])
    expect(stricterParts('monitoring', policy, { ...policy, incomeLine: 9000, publicity: false })).toEqual([])
  })
})

describe('income against the 监测标准', () => {
  test('纳入 above the line needs a reason unless 刚性支出 pushes the household down', () => {
    expect(checkIncome('inclusion', 5000, null, 7500)).toMatchObject({
      position: 'below',
      needsReason: false,
    })
    expect(checkIncome('inclusion', 7500, 0, 7500)).toMatchObject({ position: 'above', needsReason: true })
    expect(checkIncome('inclusion', 9000, 20000, 7500)).toMatchObject({
      position: 'above',
      needsReason: false,
    })
    expect(checkIncome('inclusion', null, null, 7500)).toMatchObject({
      position: 'unknown',
      needsReason: false,
    })
  })

  test('风险消除 below the line or without an income needs a reason', () => {
    expect(checkIncome('clearance', 9000, null, 7500).needsReason).toBe(false)
    expect(checkIncome('clearance', 7000, null, 7500).needsReason).toBe(true)
    expect(checkIncome('clearance', null, null, 7500).needsReason).toBe(true)
  })
})

describe('a pasted warning list', () => {
  const id = (serial: string) => {
    const first17 = `41130219800101${serial}`
    return first17 + idCheckChar(first17)
  }

  test('reads columns by their header, labels or keys of the risk list, and names each bad Excel row', () => {
    const grid = [
      ['姓名', '风险类型', '身份证号', '说明'],
      ['甲', '因病', id('123'), '住院'],
      ['乙', 'disability', ` ${id('124')} `, ''],
      ['', '', '', ''],
      ['丙', '', id('125'), ''],
      ['丁', '因病', '12345', ''],
      ['戊', '穷', id('126'), ''],
      ['己', '因病', '', ''],
    ]
    const { rows, problems } = parseWarningSheet(grid)
    expect(rows.map((r) => [r.line, r.risk, r.note])).toEqual([
      [2, 'illness', '住院'],
      [3, 'disability', ''],
      [5, 'other', ''],
    ])
    expect(problems).toEqual([
      { line: 6, message: '身份证号不正确' },
      { line: 7, message: '风险类型「穷」不在标准列表中' },
      { line: 8, message: '身份证号为空' },
    ])
    expect(warningSheetOf([{ grid: [['说明']] }, { grid }])).toEqual({ grid })
  })
})
