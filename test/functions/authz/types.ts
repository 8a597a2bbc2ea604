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
  // 南阳市 above the demo county, and the admin of a second county beneath it (test/helpers/prefecture.ts).
  'demo-pref-admin',
  'demo-pref-supervisor',
  'demo-admin-b',
  'o-stranger',
] as const
export type Identity = (typeof IDENTITIES)[number]

/**
 * One row per action: a valid input (built against the seeded cloud for the identity that will
 * call, so it may create what it needs first) and, for EVERY identity, whether the call is allowed
 * or refused. Allowed means it succeeds (ok: true); refused means permission-denied or
 * unauthenticated; any other answer fails the matrix. The target of the input should lie in
 * 瓦店镇's first village, so that *-b identities are out of scope.
 *
 * A deciding action also has a `self` case: a case about (or asked for by) a caller who holds a
 * role that could otherwise decide it. It must be refused and change no document.
 */
export interface AuthzRow {
  /** `identity` is who will call: inputs carrying uploads upload them as that caller. */
  input: (run: RunningCloud, identity: Identity) => Promise<unknown> | unknown
  allowed: readonly Identity[]
  /** Identities for whom the input meets a failed precondition by design (say, already bound). */
  precondition?: readonly Identity[]
  /** Undoes what an allowed call changed that would change the identity's standing for later rows. */
  after?: (run: RunningCloud, identity: Identity) => Promise<unknown> | unknown
  self?: (run: RunningCloud) => Promise<SelfCase> | SelfCase
  /** 州/市 identities that do NOT answer as their county counterpart here (see `expectedOf`). */
  notMirrored?: readonly Identity[]
}

export interface SelfCase {
  /** The caller: a party of the case who also holds a deciding role in its scope. */
  openid: string
  input: unknown
}

export type AuthzRows = Record<string, AuthzRow>

export const ALL: readonly Identity[] = IDENTITIES.filter((i) => i !== 'o-stranger')
export const EVERYONE: readonly Identity[] = IDENTITIES

/**
 * A 州/市 admin or supervisor answers as the county's own (the target lies in the county beneath it)
 * unless the row lists it itself or says otherwise; the second county's admin is refused unless the
 * row lists it (or lists every bound identity): counties never see each other.
 */
const MIRRORS: Partial<Record<Identity, Identity>> = {
  'demo-pref-admin': 'demo-admin',
  'demo-pref-supervisor': 'demo-supervisor',
}

export function expectedOf(row: AuthzRow, identity: Identity): 'allowed' | 'failed-precondition' | 'refused' {
  const mirror = MIRRORS[identity]
  const listed = row.allowed.includes(identity) || row.precondition?.includes(identity)
  const as = mirror && !listed && !row.notMirrored?.includes(identity) ? mirror : identity
  return row.allowed.includes(as)
    ? 'allowed'
    : row.precondition?.includes(as)
      ? 'failed-precondition'
      : 'refused'
}
