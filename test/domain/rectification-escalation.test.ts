import {
  countStrikesInWindow,
  ESCALATION_POLICY,
  ESCALATION_RULE_TEXT,
  escalationStep,
  windowStart,
} from '../../types/domain/rectification-escalation'
import { afterPhotoDistance, distanceM } from '../../types/domain/rectification-evidence'

describe('escalation: 一次通报、二次约谈、三次问责', () => {
  test('the first, second and third strike map to notice, interview and accountability', () => {
    expect([1, 2, 3].map((n) => escalationStep(n))).toEqual(['notice', 'interview', 'accountability'])
  })

  test('every strike after the third is still accountability, and no strike means no step', () => {
    expect(escalationStep(7)).toBe('accountability')
    expect(escalationStep(0)).toBeNull()
  })

  test('a policy that waits for a second missed deadline proposes 通报 at the second, not the first', () => {
    expect([1, 2, 3, 4].map((n) => escalationStep(n, 2))).toEqual([
      null,
      'notice',
      'interview',
      'accountability',
    ])
  })

  test('the default policy counts missed deadlines only', () => {
    expect(ESCALATION_POLICY.counts).toBe('overdue')
    expect(ESCALATION_RULE_TEXT).toContain('逾期')
  })

  test('the window is the last 12 months', () => {
    expect(windowStart(new Date('2026-03-15T00:00:00Z')).toISOString()).toBe('2025-03-15T00:00:00.000Z')
  })

  test('strikes older than the window lapse, and future ones do not count', () => {
    const now = new Date('2026-03-15T00:00:00Z')
    const times = [
      '2025-03-14T23:59:59Z',
      '2025-03-15T00:00:00Z',
      '2026-01-01T00:00:00Z',
      '2026-04-01T00:00:00Z',
    ].map((t) => new Date(t))
    expect(countStrikesInWindow(times, now)).toBe(2)
  })
})

describe('evidence distance', () => {
  const before = { lat: 33.0, lng: 112.5, accuracy: 10 }

  test('one thousandth of a degree of latitude is about 111 m', () => {
    expect(Math.round(distanceM(before, { lat: 33.001, lng: 112.5 }))).toBe(111)
  })

  test('an after-photo 150 m away is not flagged', () => {
    expect(afterPhotoDistance({ lat: 33.00135, lng: 112.5, accuracy: 5 }, [before])).toEqual({
      nearestM: 150,
      far: false,
    })
  })

  test('an after-photo 330 m from every before-photo is flagged for the reviewer', () => {
    expect(
      afterPhotoDistance({ lat: 33.003, lng: 112.5, accuracy: 5 }, [
        before,
        { lat: 32.997, lng: 112.5, accuracy: 5 },
      ]),
    ).toMatchObject({ far: true, nearestM: 334 })
  })

  test('near any one of several before-photos is enough', () => {
    expect(
      afterPhotoDistance({ lat: 33.003, lng: 112.5, accuracy: 5 }, [
        before,
        { lat: 33.0031, lng: 112.5, accuracy: 5 },
      ]).far,
    ).toBe(false)
  })

  test('without a location on either side nothing is flagged', () => {
    expect(afterPhotoDistance(undefined, [before])).toEqual({ nearestM: null, far: false })
    expect(afterPhotoDistance(before, [null])).toEqual({ nearestM: null, far: false })
  })
})
