// Child process of crash.test.ts: performs acknowledged writes through the real SDK against the
// SQLite file given in argv[2] and prints "ACK <id> <seq>" after each write resolves, forever,
// until the parent kills it with SIGKILL.
import { LocalDatabase } from '../../../emulator/db/local-database'
import { installDbTransport } from '../../../emulator/sdk/db-transport'
import { CRASH_COLLECTIONS } from './crash-collections'
import type { SdkDb } from './harness'

const file = process.argv[2]
const local = new LocalDatabase({ file, collections: CRASH_COLLECTIONS })
installDbTransport(() => local)
const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk')
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
const db = cloud.database() as unknown as SdkDb

async function main(): Promise<void> {
  for (let seq = 1; ; seq++) {
    if (seq % 5 === 0) {
      // a batch add is one acknowledged write of two documents
      const res = await db.collection('journal').add({
        data: [
          { seq, part: 1 },
          { seq, part: 2 },
        ],
      })
      process.stdout.write(`ACK ${res._ids[0]} ${seq}\nACK ${res._ids[1]} ${seq}\n`)
    } else {
      const res = await db.collection('journal').add({ data: { seq, part: 0, pad: 'x'.repeat(500) } })
      await db
        .collection('counters')
        .doc('c')
        .set({ data: { last: seq } })
      process.stdout.write(`ACK ${res._id} ${seq}\n`)
    }
  }
}

void main()
