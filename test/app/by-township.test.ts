import { groupByTownship } from '@/hooks/use-by-township'

describe('villages grouped by township', () => {
  test('keeps the order in which the server listed townships and villages', () => {
    const villages = [
      { name: '曹徐屯村', townshipName: '瓦店镇' },
      { name: '韩杨坡村', townshipName: '红泥湾镇' },
      { name: '胡黄桥村', townshipName: '瓦店镇' },
    ]
    expect(groupByTownship(villages)).toEqual([
      { name: '瓦店镇', items: [villages[0], villages[2]] },
      { name: '红泥湾镇', items: [villages[1]] },
    ])
  })

  test('an empty list has no townships', () => {
    expect(groupByTownship([])).toEqual([])
  })
})
