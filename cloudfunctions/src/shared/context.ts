import type { Database } from '../shared/db-types'
import type { RoleGrant } from '@contract/domain/role'
import type { PersonDoc } from './docs'

/** Who is calling: looked up from OPENID on every invocation, never taken from the input. */
export interface Caller {
  openid: string
  /** null for villagers and anyone not bound to a person record. */
  person: PersonDoc | null
  roles: RoleGrant[]
}

/** A caller the dispatcher has let through a `'bound'` or role gate: a person is always there. */
export interface SignedInCaller extends Caller {
  person: PersonDoc
}

export interface HandlerContext {
  db: Database
  caller: Caller
  requestId: string
  /** Server time of this invocation; the only clock handlers may use. */
  now: Date
  fn: string
  action: string
}

/** The context of an action that is not public: `checkAccess` has already refused anyone unbound. */
export interface SignedInContext extends HandlerContext {
  caller: SignedInCaller
}
