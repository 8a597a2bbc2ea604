// WAL checkpoints off the request path. SQLite's automatic checkpoint runs inside the commit
// that crosses the threshold and copies ~40 MB back into the database file while every request
// waits; here a worker thread with its own connection copies committed frames in the background
// (PRAGMA wal_checkpoint(PASSIVE) never blocks the writer), so the file's main connection turns
// its automatic checkpoints off. Durability is unchanged: frames stay in the WAL until copied.
import { Worker } from 'node:worker_threads'

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or closing: the next tick tries again.
  }
};
setInterval(checkpoint, workerData.everyMs);
`

export class Checkpointer {
  private readonly worker: Worker

  constructor(file: string, everyMs = 50) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, everyMs, sqlite: require.resolve('better-sqlite3') },
    })
    // A background helper must not keep the process alive on its own.
    this.worker.unref()
  }

  /** Stops the worker (SQLite keeps a checkpoint cut short consistent); the main connection's close checkpoints the rest. */
  stop(): void {
    void this.worker.terminate()
  }
}
