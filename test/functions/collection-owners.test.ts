import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import ts from 'typescript'
import { COLLECTION_OWNERS, type CollectionName } from '../../cloudfunctions/src/shared/collection-owners'

const ROOT = join(__dirname, '..', '..')
const SRC = 'cloudfunctions/src/'
const declared = Object.keys(
  JSON.parse(readFileSync(join(ROOT, 'database', 'collections.json'), 'utf8')),
).filter((k) => !k.startsWith('$'))
const files = execFileSync('git', ['ls-files', SRC], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.ts'))
const sources = new Map(
  files.map((f) => [
    f.slice(SRC.length),
    ts.createSourceFile(f, readFileSync(join(ROOT, f), 'utf8'), ts.ScriptTarget.Latest, true),
  ]),
)

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
 * Whether a string names a collection where it stands: handed to the database or a helper that takes a
 * collection, kept as a constant, or given as a `collection:` option. The same word elsewhere is
 * something else (the function 'feedback', an audit target type); comments never count, and a counter
 * handed to the typed `bumpStats` is checked by the compiler against shared/stats.ts.
 */
function namesCollection(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): boolean {
  const parent = node.parent
  if (ts.isVariableDeclaration(parent)) return parent.initializer === node
  if (ts.isPropertyAssignment(parent))
    return parent.initializer === node && parent.name.getText() === 'collection'
  if (ts.isCallExpression(parent) && parent.arguments.some((a) => a === node)) {
    const callee = parent.expression
    const name = ts.isPropertyAccessExpression(callee)
      ? callee.name.text
      : ts.isIdentifier(callee)
        ? callee.text
        : ''
    return TAKES_COLLECTION.has(name)
  }
  return false
}

/** Files naming the collection as a string where a collection is meant. */
function filesNaming(name: string): string[] {
  const naming = (node: ts.Node): boolean =>
    ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      node.text === name &&
      namesCollection(node)) ||
    ts.forEachChild(node, naming) === true
  return [...sources]
    .filter(([, file]) => naming(file))
    .map(([path]) => path)
    .sort()
}

describe('one owner for each collection', () => {
  test('every declared collection has an owner module, and every owner names a declared collection', () => {
    expect(Object.keys(COLLECTION_OWNERS).sort()).toEqual([...declared].sort())
  })

  test.each(declared)('%s is named by its owner and by no other file', (name) => {
    const owner = COLLECTION_OWNERS[name as CollectionName]
    const others = filesNaming(name).filter((f) => f !== owner)
    expect(filesNaming(name)).toContain(owner)
    expect(others).toEqual([])
  })
})
