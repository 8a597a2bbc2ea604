/**
 * Renders a page's data through the build's own WXML (`base.wxml`, `utils.wxs`, `comp.wxml`) with
 * WeChat's template compiler `wcc` (from miniprogram-compiler, a Linux binary). A node whose template
 * does not exist renders as nothing in WeChat; wcc's runtime says so ("Template `tmpl_0_i` not
 * found"), and the harness makes that a failure.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import vm from 'node:vm'

export interface VNode {
  tag: string
  /** Absent on the page root. */
  attr?: Record<string, unknown>
  children: Array<VNode | string>
}

type Generate = (data: object, env: object, global: object) => VNode

function wccBinary(cacheDir: string): string {
  const pkg = dirname(require.resolve('miniprogram-compiler/package.json'))
  const source = join(pkg, 'bin', 'linux', 'wcc')
  if (process.platform !== 'linux' || !existsSync(source))
    throw new Error(`WeChat's wcc for ${process.platform} is not in ${pkg}`)
  // node_modules may be hard-linked between checkouts: make a private executable copy.
  const target = join(cacheDir, 'wcc')
  if (!existsSync(target) || statSync(target).size !== statSync(source).size) {
    mkdirSync(cacheDir, { recursive: true })
    copyFileSync(source, target)
    chmodSync(target, 0o755)
  }
  return target
}

/** The build's shared WXML, copied beside a page that renders `taro_tmpl` over `root`, as every page does. */
const SHARED = ['base.wxml', 'comp.wxml', 'utils.wxs']
const PAGE = 'page.wxml'
const PAGE_WXML = '<import src="./base.wxml"/><template is="taro_tmpl" data="{{root:root}}" />'

export class WxmlRenderer {
  private readonly page: Generate
  private readonly comp: Generate
  private warnings: string[] = []

  constructor(distDir: string, cacheDirArg: string) {
    const cacheDir = resolve(cacheDirArg)
    const workDir = join(cacheDir, 'wxml')
    mkdirSync(workDir, { recursive: true })
    for (const file of SHARED) copyFileSync(join(distDir, file), join(workDir, file))
    writeFileSync(join(workDir, PAGE), PAGE_WXML)
    const wxml = SHARED.filter((f) => f.endsWith('.wxml'))
    const out = spawnSync(
      wccBinary(cacheDir),
      ['-d', '-cc', '0', ...wxml, PAGE, 'utils.wxs', '-gn', '$gwx'],
      { cwd: workDir, maxBuffer: 64 * 1024 * 1024 },
    )
    if (out.status !== 0) throw new Error(`wcc failed: ${out.error?.message ?? out.stderr.toString()}`)
    const collect = (m: unknown) => void this.warnings.push(String(m))
    const context = vm.createContext({
      console: { warn: collect, error: collect, log: () => undefined },
      window: {},
      __wxAppCode__: {},
    })
    vm.runInContext(`${out.stdout.toString()}\n;this.$gwx = $gwx`, context)
    const gwx = (context as { $gwx: (p: string) => Generate }).$gwx
    this.page = gwx(PAGE)
    this.comp = gwx('comp.wxml')
    // Data must be built in the renderer's own realm: wcc hands WXS functions null for foreign objects.
    const json = vm.runInContext('JSON', context) as JSON
    this.inRealm = (value) => json.parse(JSON.stringify(value ?? null)) as object
  }

  private readonly inRealm: (value: unknown) => object

  /** The virtual tree WeChat would draw for this page data, and wcc's complaints while drawing it. */
  render(data: Record<string, unknown>): { tree: VNode; warnings: string[] } {
    this.warnings = []
    const tree = this.page(this.inRealm({ root: data.root }), {}, {})
    this.expandComp(tree)
    return { tree, warnings: [...new Set(this.warnings)] }
  }

  /** Deep trees go through Taro's recursive `comp` component: draw it with its own WXML. */
  private expandComp(node: VNode): void {
    node.children = node.children.map((child) => {
      if (typeof child === 'string') return child
      if (child.tag === 'wx-comp') {
        const inner = this.comp(this.inRealm({ i: child.attr?.i, l: child.attr?.l }), {}, {})
        this.expandComp(inner)
        return { ...child, children: inner.children }
      }
      this.expandComp(child)
      return child
    })
  }
}
