// Collections shared by crash.test.ts and its child writer.
import type { CollectionDecl } from '../../../emulator/db/types'

export const CRASH_COLLECTIONS: CollectionDecl[] = [
  { name: 'journal', indexes: [{ name: 'seq', keys: { seq: 1 } }] },
  { name: 'counters', indexes: [] },
]
