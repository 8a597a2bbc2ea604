import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { checkTemplateData } from './template-fields'

export interface OutboxEntry {
  at: string
  api: string
  touser?: string
  templateId?: string
  page?: string
  data?: unknown
  errCode: number
  errMsg: string
  fn: string
}

/** An error shaped like the ones wx-server-sdk throws for openapi calls. */
export class OpenApiError extends Error {
  constructor(
    readonly errCode: number,
    readonly errMsg: string,
  ) {
    super(`${errMsg} (errCode ${errCode})`)
    this.name = 'OpenApiError'
  }
}

/**
 * What WeChat would deliver, kept for people to see. It also plays WeChat's part in counting the
 * one-time grants a user gives through the subscribe prompt.
 */
export class Outbox {
  private grants: Record<string, number>
  readonly entries: OutboxEntry[] = []

  constructor(private readonly file: string | null) {
    this.grants = {}
    if (file && existsSync(file + '.grants.json'))
      this.grants = JSON.parse(readFileSync(file + '.grants.json', 'utf8'))
    if (file && existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n'))
        if (line.trim()) this.entries.push(JSON.parse(line))
    }
  }

  private persistGrants(): void {
    if (!this.file) return
    mkdirSync(dirname(this.file), { recursive: true })
    writeFileSync(this.file + '.grants.json', JSON.stringify(this.grants))
  }

  private record(entry: OutboxEntry): void {
    this.entries.push(entry)
    if (this.entries.length > 5000) this.entries.splice(0, this.entries.length - 5000)
    if (this.file) {
      mkdirSync(dirname(this.file), { recursive: true })
      appendFileSync(this.file, JSON.stringify(entry) + '\n')
    }
  }

  /** The user tapped "allow" for these templates in the subscribe prompt. */
  grant(openid: string, templateIds: string[]): void {
    for (const id of templateIds) this.grants[`${openid}|${id}`] = (this.grants[`${openid}|${id}`] ?? 0) + 1
    this.persistGrants()
  }

  grantsOf(openid: string, templateId: string): number {
    return this.grants[`${openid}|${templateId}`] ?? 0
  }

  subscribeMessageSend(
    fn: string,
    params: { touser?: string; templateId?: string; page?: string; data?: unknown },
  ): { errCode: 0; errMsg: string } {
    const base = {
      at: new Date().toISOString(),
      api: 'subscribeMessage.send',
      touser: params.touser,
      templateId: params.templateId,
      page: params.page,
      data: params.data,
      fn,
    }
    const fail = (errCode: number, errMsg: string): never => {
      this.record({ ...base, errCode, errMsg })
      throw new OpenApiError(errCode, errMsg)
    }
    if (!params.touser || !params.templateId)
      fail(47003, 'openapi.subscribeMessage.send:fail argument invalid! touser 与 templateId 必填')
    const problem = checkTemplateData(params.data)
    if (problem) fail(47003, `openapi.subscribeMessage.send:fail argument invalid! ${problem}`)
    const key = `${params.touser}|${params.templateId}`
    if ((this.grants[key] ?? 0) <= 0)
      fail(43101, 'openapi.subscribeMessage.send:fail user refuse to accept the msg')
    this.grants[key] -= 1
    this.persistGrants()
    const ok = { errCode: 0 as const, errMsg: 'openapi.subscribeMessage.send:ok' }
    this.record({ ...base, ...ok })
    return ok
  }

  /** Any other openapi call: recorded so it can be seen, then refused, since nothing emulates it. */
  refuse(fn: string, api: string, params: unknown): never {
    const errMsg = `openapi.${api}:fail 本地云未模拟此开放接口`
    this.record({ at: new Date().toISOString(), api, data: params, errCode: -1, errMsg, fn })
    throw new OpenApiError(-1, errMsg)
  }
}
