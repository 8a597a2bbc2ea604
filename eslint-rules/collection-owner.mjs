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

/** Calls that take a collection name: the SDK's `collection()` and the paging and slot helpers. */
const TAKES_COLLECTION = new Set([
  'collection',
  'pageAll',
  'findByKeys',
  'insertAll',
  'updateAll',
  'claimSlot',
  'releaseSlot',
])

/**
 * A string names a collection where it is handed to the database (`db.collection('people')`, a helper
 * that takes a collection), kept as a constant for that (`const PEOPLE = 'people'`), or given as a
 * `collection:` option. The same word elsewhere is something else: a function ('feedback'), an audit
 * target type, an upload purpose.
 */
function namesCollection(node) {
  const parent = node.parent
  if (!parent) return false
  if (parent.type === 'VariableDeclarator' && parent.init === node) return true
  if (parent.type === 'Property' && parent.value === node) {
    const key = parent.key
    return (
      (key.type === 'Identifier' && key.name === 'collection') ||
      (key.type === 'Literal' && key.value === 'collection')
    )
  }
  if (parent.type === 'CallExpression' && parent.arguments.includes(node)) {
    const callee = parent.callee
    const name =
      callee.type === 'MemberExpression' && callee.property.type === 'Identifier'
        ? callee.property.name
        : callee.type === 'Identifier'
          ? callee.name
          : ''
    return TAKES_COLLECTION.has(name)
  }
  return false
}

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
        if (typeof node.value === 'string' && namesCollection(node)) check(node, node.value)
      },
      TemplateLiteral(node) {
        if (node.expressions.length === 0 && namesCollection(node)) check(node, node.quasis[0].value.cooked)
      },
    }
  },
}
