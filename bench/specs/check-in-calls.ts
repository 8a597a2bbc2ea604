// The i-th benchmark check-in, as a pure function of a cadre pool, so the in-process runs and the
// HTTP load client (another process) build the same kind of calls.

export interface Cadre {
  openid: string
  lat: number
  lng: number
}

export interface CheckInCall {
  openid: string
  input: Record<string, unknown>
}

const HALF_DAY = 12 * 3600_000
/** Half-days back a capture may lie and still count: the server refuses captures over 7 days old. */
const FRESH_SLOTS = 13

/**
 * How many calls from index `offset` on are fresh captures: each cadre has one per half-day slot, and
 * a run that needed more would be refused for an honest reason (too old), so a load run stops there.
 */
export function captureSupply(poolSize: number, offset: number): number {
  return Math.max(0, poolSize * FRESH_SLOTS - offset)
}

/** Cadres a run of `captures` fresh check-ins needs (one capture per cadre and half-day slot). */
export function cadresFor(captures: number): number {
  return Math.ceil(captures / FRESH_SLOTS)
}

/**
 * A cadre at their village point, captured some half-days back (an offline capture keeps its
 * device time), so no two calls claim the same slot and every one is a real, counted write.
 */
export function checkInCall(pool: Cadre[], i: number, now = Date.now()): CheckInCall {
  const cadre = pool[i % pool.length]
  const slotsBack = 1 + Math.floor(i / pool.length)
  const capturedAt = new Date(now - slotsBack * HALF_DAY).toISOString()
  return {
    openid: cadre.openid,
    input: {
      clientId: `bench-${i}-${slotsBack}`,
      lat: cadre.lat,
      lng: cadre.lng,
      accuracy: 20,
      coordType: 'wgs84',
      capturedAt,
      deviceId: `bench-dev-${cadre.openid}`,
    },
  }
}
