import type { Readable } from 'node:stream'
import type { FileStore } from '../storage/file-store'
import type { Outbox } from '../openapi/outbox'
import { currentInvocation } from './invocation-context'
import type { Invoker } from './invoker'

export interface PlatformDeps {
  invoker: () => Invoker
  store: () => FileStore
  outbox: () => Outbox
  baseUrl: () => string
}

type SdkExports = Record<string, unknown>

async function toBuffer(content: unknown): Promise<Buffer> {
  if (Buffer.isBuffer(content)) return content
  if (typeof content === 'string') return Buffer.from(content)
  if (content && typeof (content as Readable).on === 'function') {
    const chunks: Buffer[] = []
    for await (const chunk of content as Readable) chunks.push(Buffer.from(chunk as Buffer))
    return Buffer.concat(chunks)
  }
  throw new Error('fileContent 必须是 Buffer 或可读流')
}

function fileIdsOf(list: unknown): string[] {
  if (!Array.isArray(list)) throw new Error('fileList 必须是数组')
  if (list.length > 50) throw new Error('fileList 一次最多 50 个文件')
  return list.map((item) =>
    typeof item === 'string' ? item : String((item as { fileID?: unknown })?.fileID ?? ''),
  )
}

function notEmulated(name: string): () => never {
  return () => {
    throw new Error(`wx-server-sdk 的 ${name} 未在本地云中模拟，调用被拒绝（本地云不访问网络）`)
  }
}

/**
 * Replaces the platform calls hanging off the shared SDK object: functions, storage, openapi.
 * Anything else that would reach WeChat's servers fails at once with a clear error.
 */
export function installPlatform(sdk: SdkExports, deps: PlatformDeps): void {
  const fnName = () => currentInvocation()?.fn ?? '(local)'
  sdk.callFunction = async (opts: { name: string; data?: unknown }) => {
    const inv = currentInvocation()
    // As on the platform, the callee sees the caller's user and the call chain with `scf` appended.
    const source = inv ? `${inv.source},scf` : 'scf'
    const result = await deps.invoker().invoke(opts.name, opts.data ?? {}, {
      openid: inv?.openid ?? '',
      appid: inv?.appid,
      unionid: inv?.unionid,
      source,
    })
    return { result, requestID: inv?.id ?? '', errMsg: 'cloud.callFunction:ok' }
  }
  sdk.uploadFile = async (opts: { cloudPath: string; fileContent: unknown }) => {
    const { fileID } = deps.store().upload(opts.cloudPath, await toBuffer(opts.fileContent))
    return { fileID, statusCode: 200, errMsg: 'uploadFile:ok' }
  }
  sdk.downloadFile = async (opts: { fileID: string }) => {
    const { bytes } = deps.store().download(opts.fileID)
    return { fileContent: bytes, statusCode: 200, errMsg: 'downloadFile:ok' }
  }
  // CloudBase answers per file: an id of another environment or a malformed one gets its own failed
  // status, it does not fail the whole call (one odd stored id must not break a list).
  const existsHere = (fileID: string): boolean => {
    try {
      return deps.store().exists(fileID)
    } catch {
      return false
    }
  }
  sdk.getTempFileURL = async (opts: { fileList: unknown }) => ({
    fileList: fileIdsOf(opts.fileList).map((fileID) =>
      existsHere(fileID)
        ? {
            fileID,
            tempFileURL: deps.store().tempUrl(deps.baseUrl(), fileID),
            status: 0,
            errMsg: 'ok',
            maxAge: 7200,
          }
        : { fileID, tempFileURL: '', status: -1, errMsg: 'STORAGE_FILE_NONEXIST' },
    ),
    errMsg: 'getTempFileURL:ok',
  })
  sdk.deleteFile = async (opts: { fileList: unknown }) => ({
    fileList: fileIdsOf(opts.fileList).map((fileID) =>
      deps.store().remove(fileID)
        ? { fileID, status: 0, errMsg: 'ok' }
        : { fileID, status: -1, errMsg: 'STORAGE_FILE_NONEXIST' },
    ),
    errMsg: 'deleteFile:ok',
  })
  sdk.openapi = new Proxy(
    {},
    {
      get: (_t, group) =>
        new Proxy(
          {},
          {
            get: (_u, method) => async (params: Record<string, unknown>) => {
              const api = `${String(group)}.${String(method)}`
              if (api === 'subscribeMessage.send') return deps.outbox().subscribeMessageSend(fnName(), params)
              return deps.outbox().refuse(fnName(), api, params)
            },
          },
        ),
    },
  )
  for (const name of ['getOpenData', 'getVoIPSign', 'getCloudCallSign', 'CloudID', 'cloudPay'])
    sdk[name] = notEmulated(name)
}
