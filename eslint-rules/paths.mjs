import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: this folder's parent. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** Fixtures of the lint rules stand for the file at the same path under the root. */
const FIXTURES = 'test/fixtures/lint/'

/** A file's path from the root, with `/` separators, as the rules judge it (fixtures as what they stand for). */
export function logicalPath(filename) {
  const rel = relative(ROOT, filename).split(sep).join('/')
  return rel.startsWith(FIXTURES) ? rel.slice(FIXTURES.length) : rel
}

/** Where a relative import lands, as a logical path; null for a package or an alias it does not know. */
export function importTarget(fromLogical, source) {
  if (source.startsWith('.'))
    return relative(ROOT, resolve(ROOT, dirname(fromLogical), source))
      .split(sep)
      .join('/')
  if (source.startsWith('@/')) return `src/${source.slice(2)}`
  if (source.startsWith('@contract/')) return `types/${source.slice('@contract/'.length)}`
  return null
}

/** Every module specifier of a file: static imports, re-exports, `import()` and `require()`. */
export function onModuleSource(check) {
  const literal = (node) => (node && node.type === 'Literal' && typeof node.value === 'string' ? node : null)
  return {
    ImportDeclaration: (node) => check(node.source),
    ExportNamedDeclaration: (node) => node.source && check(node.source),
    ExportAllDeclaration: (node) => check(node.source),
    ImportExpression: (node) => literal(node.source) && check(node.source),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require' && literal(node.arguments[0]))
        check(node.arguments[0])
    },
  }
}
