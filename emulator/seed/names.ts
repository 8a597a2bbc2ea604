import type { Prng } from './prng'

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强海燕红梅玉兰春生德明文华永红金凤国庆小龙晓东振华卫东新民'

export function personName(rng: Prng): string {
  const surname = rng.pick([...SURNAMES])
  const given = [...GIVEN]
  return rng.chance(0.6) ? surname + rng.pick(given) + rng.pick(given) : surname + rng.pick(given)
}

/** Mobile numbers of the 13x–19x ranges; deterministic, so imports are reproducible. */
export function mobile(rng: Prng): string {
  const prefix = rng.pick(['138', '139', '150', '151', '158', '177', '186', '187', '189', '199'])
  return prefix + String(rng.int(0, 99999999)).padStart(8, '0')
}

export const TOWNSHIPS = [
  '瓦店镇',
  '红泥湾镇',
  '黄台岗镇',
  '金华乡',
  '高庙镇',
  '汉冢乡',
  '茶庵乡',
  '溧河乡',
  '新店乡',
  '官庄镇',
  '东官庄镇',
  '枣林街道',
  '白河街道',
]

const VILLAGE_HEADS = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈彭吕'
const VILLAGE_TAILS = ['营', '庄', '岗', '湾', '店', '寨', '庙', '桥', '沟', '坡', '集', '屯']

export function villageName(rng: Prng, taken: Set<string>): string {
  for (;;) {
    const name = rng.pick([...VILLAGE_HEADS]) + rng.pick([...VILLAGE_HEADS]) + rng.pick(VILLAGE_TAILS) + '村'
    if (!taken.has(name)) {
      taken.add(name)
      return name
    }
  }
}
