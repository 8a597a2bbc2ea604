import type { RunningCloud } from '../../helpers/local-cloud'

/** Every demo identity of the seed, and a stranger who never bound. */
export const IDENTITIES = [
  'demo-admin',
  'demo-supervisor',
  'demo-supervisor-b',
  'demo-township',
  'demo-township-b',
  'demo-secretary',
  'demo-secretary-b',
  'demo-member',
  'demo-village',
  'demo-pairing',
  'demo-multi',
  'o-stranger',
] as const
export type Identity = (typeof IDENTITIES)[number]

/**
 * One row per action: a valid input (built against the seeded cloud, so it may create what it needs
 * first) and, for EVERY identity, whether the call is allowed or refused. Refused means
 * permission-denied or unauthenticated; allowed means anything else (ok, not-found, a failed
 * precondition…). The target of the input should lie in 瓦店镇's first village, so that *-b
 * identities are out of scope.
 */
export interface AuthzRow {
  /** `identity` is who will call: inputs carrying uploads upload them as that caller. */
  input: (run: RunningCloud, identity: Identity) => Promise<unknown> | unknown
  allowed: readonly Identity[]
}

export type AuthzRows = Record<string, AuthzRow>

export const ALL: readonly Identity[] = IDENTITIES.filter((i) => i !== 'o-stranger')
export const EVERYONE: readonly Identity[] = IDENTITIES
