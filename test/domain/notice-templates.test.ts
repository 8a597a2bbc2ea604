import { checkTemplateData } from '../../emulator/openapi/template-fields'
import {
  cutTemplateValue,
  NOTICE_TEMPLATES,
  templateData,
  TEMPLATE_KEYS,
  templateKeyOfId,
} from '../../types/notice-templates'

describe("cutting values to WeChat's subscribe-message field limits", () => {
  test.each([
    ['thing1', '短标题', '短标题'],
    ['thing1', '一二三四五六七八九十一二三四五六七八九十', '一二三四五六七八九十一二三四五六七八九十'],
    ['thing1', '一二三四五六七八九十一二三四五六七八九十一', '一二三四五六七八九十一二三四五六七八九…'],
    ['thing2', '  多个   空格\n换行  ', '多个 空格 换行'],
    ['name3', '欧阳建国·买买提江木拉提', '欧阳建国·买买提江木'],
    ['name3', '张三(督查组)', '张三督查组'],
    ['phrase4', '逾期未整改完成', '逾期未整改'],
    ['phrase4', 'ok已办', '已办'],
    ['character_string5', '编号 A-12 中文', 'A-12'],
  ])('%s "%s" becomes "%s"', (key, value, expected) => {
    expect(cutTemplateValue(key, value)).toBe(expected)
  })

  test('an empty value is replaced, never sent empty (WeChat refuses empty values)', () => {
    expect(cutTemplateValue('thing1', '   ')).toBe('无')
    expect(cutTemplateValue('name2', 'Mr. 123')).toBe('工作人员')
    expect(cutTemplateValue('phrase3', '')).toBe('提醒')
  })

  test('a thing value counts characters, not UTF-16 units: an emoji is one character', () => {
    const value = '😀'.repeat(25)
    expect([...cutTemplateValue('thing1', value)]).toHaveLength(20)
  })

  test.each(TEMPLATE_KEYS)(
    "template %s built from very long values passes the outbox's WeChat checks",
    (key) => {
      const long = '关于进一步做好驻村帮扶工作的通知，请各村第一书记认真落实'.repeat(3)
      const data = templateData(key, {
        title: long,
        body: long,
        sender: long,
        status: long,
        day: '2026-11-20',
      })
      expect(Object.keys(data).sort()).toEqual(Object.keys(NOTICE_TEMPLATES[key].fields).sort())
      expect(checkTemplateData(data)).toBeNull()
    },
  )

  test('numbers are masked before cutting, however they are written, so a cut cannot leave one readable', () => {
    const data = templateData('urge', {
      title: '回电 138 1234 5678',
      body: '身份证 ４１０１２３１９８００１０１１２３１ 的材料',
      sender: '张三',
      day: '2026-11-20',
    })
    expect(data.thing1.value).toBe('回电 138****5678')
    expect(data.thing2.value).toBe('身份证 4101**********1…')
  })

  test('template ids map back to their keys, and unknown ids to nothing', () => {
    expect(templateKeyOfId(NOTICE_TEMPLATES.urge.id)).toBe('urge')
    expect(templateKeyOfId('x')).toBeUndefined()
  })
})
