import { appendFileSync, mkdirSync } from 'node:fs'
import net from 'node:net'
import { dirname, join } from 'node:path'

/**
 * Nothing in the suite may reach the network: every socket to an address other than loopback is
 * refused here and written down, and a final check in `npm test` fails when the list is not empty.
 */
export const VIOLATIONS_FILE = join(__dirname, '..', '..', '.cache', 'network-violations.log')
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/

type Connect = (...args: unknown[]) => net.Socket
const proto = net.Socket.prototype as unknown as { connect: Connect; __zhucunGuard?: boolean }

function hostOf(args: unknown[]): string | null {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0]
  if (typeof first === 'object' && first !== null) {
    const opts = first as { host?: string; path?: string }
    if (opts.path) return null // a unix socket never leaves the machine
    return opts.host ?? 'localhost'
  }
  if (typeof first === 'number') return typeof args[1] === 'string' ? args[1] : 'localhost'
  return null
}

if (!proto.__zhucunGuard) {
  proto.__zhucunGuard = true
  const original = proto.connect
  proto.connect = function (this: net.Socket, ...args: unknown[]) {
    const host = hostOf(args)
    if (host !== null && !LOOPBACK.test(host)) {
      mkdirSync(dirname(VIOLATIONS_FILE), { recursive: true })
      appendFileSync(VIOLATIONS_FILE, `${new Date().toISOString()} pid ${process.pid} ${host}\n`)
      throw new Error(`测试中不允许访问网络：${host}`)
    }
    return original.apply(this, args)
  }
}
