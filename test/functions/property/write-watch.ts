import type { LocalCloud } from '../../../emulator/local-cloud'

const WRITES = new Set(['database.insertDocument', 'database.modifyDocument', 'database.removeDocument'])

/**
 * Did a call change any document? Every collection's documents are kept as JSON; a call that sent a
 * write request is compared, collection by collection, with the copy taken before it. A write that
 * matched nothing (a compare-and-set that lost, say) is not a change.
 */
export class WriteWatch {
  private readonly copies = new Map<string, string>()
  private touched = new Set<string>()
  private readonly previous: LocalCloud['db']['onRequest']

  constructor(private readonly cloud: LocalCloud) {
    for (const name of cloud.db.collectionNames()) this.copies.set(name, this.read(name))
    this.previous = cloud.db.onRequest
    cloud.db.onRequest = (info) => {
      this.previous?.(info)
      if (WRITES.has(info.action) && info.collection) this.touched.add(info.collection)
    }
  }

  private read(name: string): string {
    return JSON.stringify(this.cloud.db.find(name))
  }

  /** The collections the last call changed; the copies are brought up to date. */
  settle(): string[] {
    const changed: string[] = []
    for (const name of this.touched) {
      const now = this.read(name)
      if (this.copies.get(name) !== now) changed.push(name)
      this.copies.set(name, now)
    }
    this.touched = new Set()
    return changed
  }

  stop(): void {
    this.cloud.db.onRequest = this.previous
  }
}
