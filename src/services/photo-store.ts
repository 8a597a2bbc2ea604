import Taro from '@tarojs/taro'

/**
 * Where a draft's photos live until they are uploaded. In WeChat, `takePhoto` already saved the file
 * (Taro.saveFile), so the path is the reference. In the browser a blob: URL dies with the page, so
 * the bytes (≤ 200 KB, already compressed) go to IndexedDB as a data URL under `idb:<id>`; Taro
 * storage only ever holds the reference (its 1 MB per key would not hold photos).
 */
const DB = 'zhucun-visit-photos'
const STORE = 'photos'
const isH5 = process.env.TARO_ENV === 'h5'

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1)
    req.onupgradeneeded = () => req.result.createObjectStore(STORE)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

async function withStore<T>(mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb()
  return new Promise((resolve, reject) => {
    const req = run(db.transaction(STORE, mode).objectStore(STORE))
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

async function toDataUrl(blobUrl: string): Promise<string> {
  const blob = await (await fetch(blobUrl)).blob()
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(blob)
  })
}

/** Keeps a freshly taken photo and returns the reference a draft stores. */
export async function keepPhoto(path: string, id: string): Promise<string> {
  if (!isH5) return path
  // Read first: an IndexedDB transaction closes if it waits on anything else.
  const data = await toDataUrl(path)
  await withStore('readwrite', (s) => s.put(data, id))
  return `idb:${id}`
}

/** A source usable by <Image> and by uploadFile (the H5 transport fetches data URLs like any URL). */
export async function photoSrc(ref: string): Promise<string> {
  if (!ref.startsWith('idb:')) return ref
  const data = await withStore<unknown>('readonly', (s) => s.get(ref.slice(4)))
  return typeof data === 'string' ? data : ''
}

/** Frees the local copy once the photo is in cloud storage. */
export async function dropPhoto(ref: string): Promise<void> {
  try {
    if (ref.startsWith('idb:')) await withStore('readwrite', (s) => s.delete(ref.slice(4)))
    else if (!isH5) await Taro.removeSavedFile({ filePath: ref })
  } catch {
    // Already gone: nothing to free.
  }
}
