import { COUNTY_SCALE, DEMO_SCALE, generateOrg } from './generate-org'
import type { SeedSet } from './seed-files'

export type SeedScale = 'demo' | 'county'

/** The whole seed of a scale, collection by collection. Features add their collections here. */
export function generateSeed(scale: SeedScale): SeedSet {
  const org = generateOrg(scale === 'county' ? COUNTY_SCALE : DEMO_SCALE)
  return { org_units: org.units, people: org.people }
}
