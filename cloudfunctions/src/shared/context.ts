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

export interface HandlerContext {
  db: Database
  caller: Caller
  requestId: string
  /** Server time of this invocation; the only clock handlers may use. */
  now: Date
  fn: string
  action: string
}
