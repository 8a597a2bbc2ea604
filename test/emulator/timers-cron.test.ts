import { parseWechatCron, yearMatches } from '../../emulator/timers/cron'

describe('WeChat timer cron', () => {
  test('seven fields split into croner six fields and a year', () => {
    expect(parseWechatCron('0 0 8 * * * *')).toEqual({ sixFields: '0 0 8 * * *', year: '*' })
  })

  test('a cron without seven fields is refused with the expected shape', () => {
    expect(() => parseWechatCron('0 8 * * *')).toThrow('7 段')
  })

  test('year lists and ranges match', () => {
    expect(yearMatches('2026', 2026)).toBe(true)
    expect(yearMatches('2025-2027', 2026)).toBe(true)
    expect(yearMatches('2024,2025', 2026)).toBe(false)
  })
})
