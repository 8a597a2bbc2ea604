import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../../emulator/local-cloud'
import type { FunctionConfig } from '../../emulator/host/function-host'

// CloudBase's Node.js runtime names (docs.cloudbase.net, 运行时环境支持 and 云函数 V2 说明, 2026); V2 takes only Nodejs24.x.
const CLOUDBASE_NODE_RUNTIMES = [
  'Nodejs16.13',
  'Nodejs18.15',
  'Nodejs20.19',
  'Nodejs22.21',
  'Nodejs24.11',
  'Nodejs24.14',
]
const V2_RUNTIMES = ['Nodejs24.11', 'Nodejs24.14']
// The runtimes the function tests and the smoke set run on (this machine's Node, and 云函数 V2's).
const TESTED_MAJORS = ['20', '24']

const dir = join(REPO_ROOT, 'cloudfunctions', 'src')
const functions = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .map((d) => d.name)

describe('each function names a runtime CloudBase offers', () => {
  test.each(functions)(
    '%s/config.json names a runtime both V1 and V2 environments offer, one the tests run on',
    (fn) => {
      const config = JSON.parse(readFileSync(join(dir, fn, 'config.json'), 'utf8')) as FunctionConfig
      expect(CLOUDBASE_NODE_RUNTIMES).toContain(config.runtime)
      expect(V2_RUNTIMES).toContain(config.runtime)
      expect(TESTED_MAJORS).toContain(/^Nodejs(\d+)\./.exec(config.runtime ?? '')?.[1])
    },
  )
})
