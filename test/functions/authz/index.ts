import type { AuthzRows } from './types'
import { orgRows } from './org.rows'

/** Rows per function; a function of the contract without an entry here fails the matrix test. */
export const AUTHZ_ROWS: Record<string, AuthzRows> = {
  org: orgRows,
}
