import { judgeTimerEvent, looksLikeTimerEvent } from '../../cloudfunctions/src/shared/platform-event'

const TRIGGERS = [{ name: 'rectifyDaily', type: 'timer', config: '0 0 8 * * * *' }]
const event = { Type: 'Timer', TriggerName: 'rectifyDaily', Time: '2026-12-05T00:00:00Z' }

describe('judging a timer-shaped event', () => {
  test('the platform’s own trigger (no user, SOURCE wx_trigger, a declared trigger) runs', () => {
    expect(judgeTimerEvent(event, { SOURCE: 'wx_trigger' }, TRIGGERS)).toEqual({
      ok: true,
      triggerName: 'rectifyDaily',
    })
  })

  test('a runtime that reports no context at all still runs its declared trigger', () => {
    expect(judgeTimerEvent(event, {}, TRIGGERS)).toMatchObject({ ok: true })
  })

  test.each([
    ['a signed-in user', { OPENID: 'o-1', SOURCE: 'wx_trigger' }],
    ['a cross-account caller', { FROM_OPENID: 'o-2', SOURCE: 'wx_trigger' }],
    ['the app', { SOURCE: 'wx_client' }],
    ['the HTTP API', { SOURCE: 'wx_http' }],
    ['another function', { SOURCE: 'wx_trigger,scf' }],
  ])('%s is refused', (_who, wx) => {
    expect(judgeTimerEvent(event, wx, TRIGGERS)).toMatchObject({ ok: false })
  })

  test('an undeclared trigger name or a wrong Type is refused', () => {
    expect(judgeTimerEvent({ ...event, TriggerName: 'other' }, {}, TRIGGERS)).toMatchObject({
      ok: false,
      reason: 'unknown trigger',
    })
    expect(judgeTimerEvent({ ...event, Type: 'timer' }, {}, TRIGGERS)).toMatchObject({ ok: false })
  })

  test('anything carrying a TriggerName is judged as a timer event, a plain action call is not', () => {
    expect(looksLikeTimerEvent({ action: 'listInbox', TriggerName: 'x' })).toBe(true)
    expect(looksLikeTimerEvent({ action: 'listInbox', input: {} })).toBe(false)
  })
})
