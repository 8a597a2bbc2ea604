import fc from 'fast-check'
import { RECT_CATEGORIES } from '../../types/domain/rectification'
import {
  RECT_CATEGORY_EVIDENCE,
  RECT_FINDINGS,
  afterPhotosRequired,
  beforePhotosRequired,
  confirmationRequired,
} from '../../types/domain/rectification-evidence-rules'

const category = fc.constantFrom(...RECT_CATEGORIES)
const finding = fc.constantFrom(...RECT_FINDINGS)

describe('evidence by category', () => {
  test('only infrastructure is physical: document and conduct problems never need a photo', () => {
    expect(
      Object.entries(RECT_CATEGORY_EVIDENCE)
        .filter(([, k]) => k === 'physical')
        .map(([c]) => c),
    ).toEqual(['infrastructure'])
    expect(afterPhotosRequired('conduct')).toBe(false)
    expect(beforePhotosRequired('conduct', 'site')).toBe(false)
  })

  test('a physical problem needs a before-photo when found on site, not when found in documents', () => {
    expect(beforePhotosRequired('infrastructure', 'site')).toBe(true)
    expect(beforePhotosRequired('infrastructure', 'documents')).toBe(false)
  })

  test('a problem found in documents never needs a before-photo, whatever its category', () => {
    fc.assert(fc.property(category, (c) => !beforePhotosRequired(c, 'documents')))
  })

  test('a written confirmation is asked for exactly when no photo is required and nothing else shows the fix', () => {
    fc.assert(
      fc.property(category, finding, fc.nat(9), fc.nat(9), (c, f, photos, files) => {
        const needed = confirmationRequired(c, photos, files)
        const expected = !afterPhotosRequired(c) && photos === 0 && files === 0
        return needed === expected && (!needed || !beforePhotosRequired(c, f))
      }),
    )
  })
})
