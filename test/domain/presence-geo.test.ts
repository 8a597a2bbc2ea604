import {
  coordKey,
  gcj02ToWgs84,
  haversineM,
  judgeFence,
  outOfChina,
  toWgs84,
  wgs84ToGcj02,
} from '../../types/domain/presence-geo'

const VILLAGE = { lat: 32.99, lng: 112.56 }

/** A point `metres` north of `p` (1° of latitude ≈ 111.2 km). */
function north(p: { lat: number; lng: number }, metres: number) {
  return { lat: p.lat + metres / 111195, lng: p.lng }
}

describe('haversine distance', () => {
  test('one degree of latitude is about 111 km', () => {
    expect(haversineM({ lat: 30, lng: 112 }, { lat: 31, lng: 112 })).toBeCloseTo(111195, -2)
  })

  test('a point is at distance zero from itself', () => {
    expect(haversineM(VILLAGE, VILLAGE)).toBe(0)
  })
})

describe('the gcj02 → wgs84 transform', () => {
  test('gcj02 in China is shifted by some hundreds of metres from wgs84', () => {
    const shift = haversineM(VILLAGE, wgs84ToGcj02(VILLAGE))
    expect(shift).toBeGreaterThan(100)
    expect(shift).toBeLessThan(800)
  })

  test('converting back lands within a centimetre of the original point', () => {
    for (const p of [
      VILLAGE,
      { lat: 39.9087, lng: 116.3975 },
      { lat: 22.54, lng: 114.06 },
      { lat: 43.8, lng: 87.6 },
    ]) {
      expect(haversineM(p, gcj02ToWgs84(wgs84ToGcj02(p)))).toBeLessThan(0.01)
    }
  })

  test('points outside China are left unchanged', () => {
    const tokyo = { lat: 35.68, lng: 139.76 }
    expect(outOfChina(tokyo)).toBe(true)
    expect(gcj02ToWgs84(tokyo)).toEqual(tokyo)
  })

  test('wgs84 input is not transformed', () => {
    expect(toWgs84(VILLAGE, 'wgs84')).toEqual(VILLAGE)
  })
})

describe('the geofence judgement', () => {
  test('a fix 300 m from the village point counts within a 500 m radius', () => {
    const v = judgeFence(north(VILLAGE, 300), 20, VILLAGE, 500)
    expect(v.inside).toBe(true)
    expect(v.message).toBe('距村部 300 米，在 500 米范围内，已计入在村')
  })

  test('a fix 1.2 km away does not count and the message says how far and which radius', () => {
    const v = judgeFence(north(VILLAGE, 1200), 30, VILLAGE, 500)
    expect(v.inside).toBe(false)
    expect(v.message).toBe('距村部 1.2 公里，超出 500 米范围，本次未计入在村')
  })

  test('the reported accuracy is deducted before comparing with the radius', () => {
    const v = judgeFence(north(VILLAGE, 600), 150, VILLAGE, 500)
    expect(v.inside).toBe(true)
    expect(v.effectiveM).toBe(450)
    expect(v.message).toContain('定位误差 150 米')
  })

  test('a very vague fix earns at most 200 m of allowance', () => {
    expect(judgeFence(north(VILLAGE, 1500), 5000, VILLAGE, 500).inside).toBe(false)
  })

  test('a gcj02 fix taken at the village point counts once converted, and would not without converting', () => {
    const reported = wgs84ToGcj02(VILLAGE)
    expect(judgeFence(toWgs84(reported, 'gcj02'), 0, VILLAGE, 100).inside).toBe(true)
    expect(judgeFence(reported, 0, VILLAGE, 100).inside).toBe(false)
  })

  test('coordinates are compared at the grain of a metre', () => {
    expect(coordKey({ lat: 32.123451, lng: 112.000004 })).toBe('32.12345,112.00000')
  })
})
