import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { ROOT, logicalPath } from './paths.mjs'

const OWNERS_FILE = 'cloudfunctions/src/shared/collection-owners.ts'

/** `COLLECTION_OWNERS` of the owners module, read from its source: collection → owner file (under cloudfunctions/src/). */
export function readOwners(file = join(ROOT, OWNERS_FILE)) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const owners = new Map()
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'COLLECTION_OWNERS') {
      let init = node.initializer
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression
      for (const p of init && ts.isObjectLiteralExpression(init) ? init.properties : []) {
        if (ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer))
          owners.set(
            p.name.getText(source).replace(/^['"]|['"]$/g, ''),
            `cloudfunctions/src/${p.initializer.text}`,
          )
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  if (owners.size === 0) throw new Error(`${OWNERS_FILE}: no COLLECTION_OWNERS map found`)
  return owners
}

let cached = null

/** Only the owner module of a collection names it; everyone else calls the owner. */
export default {
  meta: {
    type: 'problem',
    docs: {
      description: 'A collection name string appears only in its owner module (shared/collection-owners.ts)',
    },
    messages: { named: "Collection '{{name}}' is named outside its owner {{owner}}: call the owner instead" },
    schema: [],
  },
  create(context) {
    const path = logicalPath(context.filename)
    if (!path.startsWith('cloudfunctions/src/') || path === OWNERS_FILE) return {}
    cached ??= readOwners()
    const check = (node, value) => {
      const owner = cached.get(value)
      if (owner && owner !== path) context.report({ node, messageId: 'named', data: { name: value, owner } })
    }
    return {
      Literal(node) {
        if (typeof node.value !== 'string') return
        const parent = node.parent
        if (
          parent &&
          (parent.type === 'ImportDeclaration' ||
            parent.type === 'ExportNamedDeclaration' ||
            parent.type === 'ExportAllDeclaration')
        )
          return
        check(node, node.value)
      },
      TemplateLiteral(node) {
        if (node.expressions.length === 0) check(node, node.quasis[0].value.cooked)
      },
    }
  },
}
