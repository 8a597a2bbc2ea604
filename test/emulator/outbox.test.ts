import { Outbox, OpenApiError } from '../../emulator/openapi/outbox'
import { checkTemplateData } from '../../emulator/openapi/template-fields'

describe('the subscribe-message outbox', () => {
  test('a send uses one grant, and the next send without a grant gets errcode 43101', () => {
    const box = new Outbox(null)
    box.grant('o1', ['tpl-a'])
    const data = { thing1: { value: '整改事项即将到期' }, time2: { value: '2026-11-25 18:00' } }
    expect(box.subscribeMessageSend('notice', { touser: 'o1', templateId: 'tpl-a', data })).toMatchObject({
      errCode: 0,
    })
    expect(() => box.subscribeMessageSend('notice', { touser: 'o1', templateId: 'tpl-a', data })).toThrow(
      expect.objectContaining({ errCode: 43101 }),
    )
    expect(box.entries.map((e) => e.errCode)).toEqual([0, 43101])
  })

  test('data over WeChat field limits gets errcode 47003 and uses no grant', () => {
    const box = new Outbox(null)
    box.grant('o1', ['tpl-a'])
    let err: unknown
    try {
      box.subscribeMessageSend('notice', {
        touser: 'o1',
        templateId: 'tpl-a',
        data: { thing1: { value: '这是一段超过二十个字符长度限制的事项名称文字内容' } },
      })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(OpenApiError)
    expect((err as OpenApiError).errCode).toBe(47003)
    expect(box.grantsOf('o1', 'tpl-a')).toBe(1)
  })

  test.each([
    ['thing1', '二十个字以内的事项', true],
    ['phrase2', '已逾期', true],
    ['phrase2', '已经逾期七天', false],
    ['name3', '王建国', true],
    ['name3', '王建国王建国王建国王建国', false],
    ['number4', '12.5', true],
    ['number4', '12a', false],
  ])('field %s = %s is accepted: %s', (key, value, ok) => {
    expect(checkTemplateData({ [key]: { value } }) === null).toBe(ok)
  })

  test('other openapi calls are recorded and refused', () => {
    const box = new Outbox(null)
    expect(() => box.refuse('notice', 'wxacode.get', { path: 'x' })).toThrow('本地云未模拟')
    expect(box.entries[0]).toMatchObject({ api: 'wxacode.get', errCode: -1 })
  })
})
