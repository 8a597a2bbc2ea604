import type { CallEvent } from '@contract/api'
import { AppError } from '@contract/errors'
import type { Transport } from './transport-types'
import { apiUrl } from './api-base'
import { fetchOrNetworkError, httpError } from './http-error'
import { getDevOpenid } from './identity'
import { takeEarlyCall } from './early-call'

// The browser build talks HTTP to the local cloud; the dev identity header replaces WeChat's login.
function identityHeaders(): Record<string, string> {
  const openid = getDevOpenid()
  return openid ? { 'x-dev-openid': openid } : {}
}

async function callFunction(name: string, event: CallEvent): Promise<unknown> {
  const early = takeEarlyCall(name, event.action, getDevOpenid())
  const answered = early ? await early : null
  if (answered !== null) return answered
  const res = await fetchOrNetworkError(apiUrl(`/fn/${encodeURIComponent(name)}`), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...identityHeaders() },
    body: JSON.stringify(event),
  })
  if (!res.ok) throw await httpError(res)
  try {
    return await res.json()
  } catch {
    throw new AppError('internal', '服务返回格式不正确')
  }
}

async function uploadFile(cloudPath: string, filePath: string): Promise<string> {
  // On H5, chosen media arrive as blob: URLs; read the bytes back before sending them.
  const local = await fetchOrNetworkError(filePath)
  const blob = await local.blob()
  const res = await fetchOrNetworkError(
    apiUrl(`/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`),
    {
      method: 'POST',
      headers: { 'content-type': blob.type || 'application/octet-stream', ...identityHeaders() },
      body: blob,
    },
  )
  if (!res.ok) throw await httpError(res)
  const body = (await res.json()) as { fileID?: unknown }
  if (typeof body.fileID !== 'string') throw new AppError('internal', '上传结果缺少文件编号')
  return body.fileID
}

export const transport: Transport = { callFunction, uploadFile }
