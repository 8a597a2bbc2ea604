import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { wechatEnv } from '../host/env-overlay'
import type { LocalCloud } from '../local-cloud'
import { REPO_ROOT } from '../local-cloud'

interface Reply {
  id?: number
  ready?: string
  ok?: boolean
  result?: unknown
  error?: string
}

/**
 * The built functions in a child process on another Node (the runtime CloudBase gives them), served
 * by this process's local cloud over HTTP, the way a deployed function reaches CloudBase. The local
 * cloud itself stays on this Node (its SQLite module is built for it).
 */
export class RuntimeHost {
  private next = 1
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()

  private constructor(
    private readonly child: ChildProcess,
    private readonly cloud: LocalCloud,
    readonly version: string,
  ) {
    child.on('message', (m: Reply) => {
      const w = m.id === undefined ? undefined : this.waiting.get(m.id)
      if (!w || m.id === undefined) return
      this.waiting.delete(m.id)
      if (m.ok) w.resolve(m.result)
      else w.reject(new Error(m.error ?? '函数执行失败'))
    })
    child.on('exit', (code) => {
      for (const w of this.waiting.values()) w.reject(new Error(`函数进程已退出（${code}）`))
      this.waiting.clear()
    })
  }

  /** Starts the runner on `nodeBin`; `cloudUrl` is the listening local cloud (127.0.0.1). */
  static start(
    nodeBin: string,
    cloud: LocalCloud,
    cloudUrl: string,
    functionsDir = join(REPO_ROOT, 'cloudfunctions', 'dist'),
  ): Promise<RuntimeHost> {
    const child = fork(join(__dirname, 'function-runner.ts'), [], {
      execPath: nodeBin,
      execArgv: ['--import', 'tsx'],
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: {
        NODE_ENV: process.env.NODE_ENV,
        TARO_ENV: undefined,
        PATH: process.env.PATH ?? '',
        ZHUCUN_FUNCTIONS_DIR: functionsDir,
        ZHUCUN_CLOUD_URL: cloudUrl,
        // wx-server-sdk's documented way to a given API endpoint: no init option, no patching.
        TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${cloudUrl}/admin` }),
        TENCENTCLOUD: 'true',
        TENCENTCLOUD_SECRETID: 'local-secret-id',
        TENCENTCLOUD_SECRETKEY: 'local-secret-key',
        SILENCE: 'true',
      },
    })
    return new Promise((resolve, reject) => {
      child.once('error', reject)
      child.once('exit', (code) => reject(new Error(`函数进程启动失败（${code}）`)))
      child.once('message', (m: Reply) =>
        m.ready ? resolve(new RuntimeHost(child, cloud, m.ready)) : reject(new Error('函数进程没有就绪')),
      )
    })
  }

  /** Calls an action as a WeChat user, with the env the local cloud gives its own invocations. */
  call(fn: string, action: string, input: unknown, openid: string): Promise<unknown> {
    const id = this.next++
    const env = {
      ...wechatEnv({ openid, appid: 'wx-local-zhucun', unionid: '', envId: 'local', source: 'wx_client' }),
      ...this.cloud.invoker.env,
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      this.child.send({ id, fn, event: { action, input }, env })
    })
  }

  stop(): void {
    this.child.kill()
  }
}
