import Taro from '@tarojs/taro'
import type { CallEvent } from '@contract/api'
import { AppError } from '@contract/errors'
import type { Transport } from './transport-types'
import { NetworkError } from './network-error'

let initialized = false

// wx.cloud must be initialised once before any call; doing it lazily keeps app launch cheap.
function cloud(): typeof Taro.cloud {
  if (!initialized) {
    Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
    initialized = true
  }
  return Taro.cloud
}

/** wx.cloud rejects with `{ errCode, errMsg }`; no signal or a timeout must reach the offline queue. */
function toError(err: unknown): Error {
  const errMsg =
    typeof err === 'object' && err !== null ? String((err as { errMsg?: unknown }).errMsg ?? '') : String(err)
  if (/request:fail|timeout|network|time out/i.test(errMsg)) return new NetworkError(errMsg)
  return new AppError('internal', '云服务调用失败，请稍后重试')
}

async function callFunction(name: string, event: CallEvent): Promise<unknown> {
  try {
    const res = await cloud().callFunction({ name, data: { action: event.action, input: event.input } })
    return res.result
  } catch (err) {
    throw toError(err)
  }
}

async function uploadFile(cloudPath: string, filePath: string): Promise<string> {
  try {
    const res = await cloud().uploadFile({ cloudPath, filePath })
    return res.fileID
  } catch (err) {
    throw toError(err)
  }
}

export const transport: Transport = { callFunction, uploadFile }
