import { detectLayout, IMPORT_KINDS, IMPORT_LAYOUTS, splitList } from '../../types/domain/import-layout'
import { parseCsv } from '../../cloudfunctions/src/imports/csv'

describe('recognising a sheet by its header row', () => {
  test.each([...IMPORT_KINDS])('the full %s header is recognised', (kind) => {
    expect(detectLayout(IMPORT_LAYOUTS[kind].columns.map((c) => c.header))?.kind).toBe(kind)
  })

  test('the required columns alone are enough, in any order', () => {
    expect(detectLayout(['农户类型', '村编码', '户主身份证号', '户主姓名'])?.kind).toBe('households')
  })

  test('a header missing a required column is not recognised', () => {
    expect(detectLayout(['户主姓名', '村编码'])).toBeUndefined()
  })
})

describe('cells holding lists', () => {
  test('顿号, commas and spaces all separate values', () => {
    expect(splitList('13800001234、13800001235，13800001236 13800001237')).toHaveLength(4)
  })
})

describe('csv', () => {
  test('quoted cells keep commas, quotes and line breaks; CRLF ends a row', () => {
    expect(parseCsv('a,"b,1","c ""x""","d\ne"\r\n1,2,3,4\r\n')).toEqual([
      ['a', 'b,1', 'c "x"', 'd\ne'],
      ['1', '2', '3', '4'],
    ])
  })

  test('an 18-digit number stays text with every digit', () => {
    expect(parseCsv('411302198001010012\n')[0][0]).toBe('411302198001010012')
  })
})
