import type { CallEvent } from '@contract/api'

/**
 * The platform seam: the only thing that differs between the mini-program and the browser build.
 * `callFunction` resolves with the function's raw result (an envelope, unchecked) and rejects with a
 * NetworkError when the cloud cannot be reached at all.
 */
export interface Transport {
  callFunction(name: string, event: CallEvent): Promise<unknown>
  /** Stores a local file (weapp temp path, H5 blob URL) and resolves with its `cloud://` fileID. */
  uploadFile(cloudPath: string, filePath: string): Promise<string>
}
