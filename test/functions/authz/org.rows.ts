import { ALL, type AuthzRows } from './types'

export const orgRows: AuthzRows = {
  getWorkbench: { input: () => ({}), allowed: ALL },
}
