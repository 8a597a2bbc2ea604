import { importOutcome } from '../../types/domain/import-outcome'

const count = (c: Partial<{ create: number; update: number; unchanged: number; invalid: number }>) => ({
  label: '农户',
  rows: 0,
  create: 0,
  update: 0,
  unchanged: 0,
  invalid: 0,
  ...c,
})

describe('the sentence an import ends with', () => {
  test('written records are counted as new and changed', () => {
    expect(importOutcome([count({ create: 3 }), count({ update: 2, unchanged: 5 })])).toEqual({
      written: 5,
      text: '已写入 5 条记录（新增 3、更新 2）',
    })
  })

  test('an import that wrote nothing says 未写入任何记录 and why', () => {
    expect(importOutcome([count({ unchanged: 4, invalid: 2 })]).text).toBe(
      '未写入任何记录：4 条与现有数据完全相同，2 行有误已跳过',
    )
    expect(importOutcome([count({ invalid: 3 })]).text).toBe('未写入任何记录：3 行有误已跳过')
    expect(importOutcome([])).toEqual({ written: 0, text: '未写入任何记录：文件中没有可导入的数据' })
  })
})
