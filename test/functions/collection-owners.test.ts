import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { COLLECTION_OWNERS, type CollectionName } from '../../cloudfunctions/src/shared/collection-owners'

const ROOT = join(__dirname, '..', '..')
const SRC = 'cloudfunctions/src/'
const declared = Object.keys(JSON.parse(readFileSync(join(ROOT, 'database', 'collections.json'), 'utf8'))).filter((k) => !k.startsWith('$'))
const files = execFileSync('git', ['ls-files', SRC], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.ts'))
// Comments do not count; a counter collection handed to the typed `bumpStats` is checked by the
// compiler against shared/stats.ts, so it does not count either.
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/bumpStats\(\s*[\w.]+,\s*'[a-z_]+'/g, 'bumpStats(')
const sources = new Map(files.map((f) => [f.slice(SRC.length), code(readFileSync(join(ROOT, f), 'utf8'))]))

/** Files naming the collection as a string (not as an object key, a compared value or a count's key). */
function filesNaming(name: string): string[] {
  const pattern = new RegExp(`(?<![=!]==\\s)(?<!key: )['"\`]${name}['"\`](?!\\s*:)`)
  return [...sources].filter(([, text]) => pattern.test(text)).map(([file]) => file).sort()
}

describe('one owner for each collection', () => {
  test('every declared collection has an owner module, and every owner names a declared collection', () => {
    expect(Object.keys(COLLECTION_OWNERS).sort()).toEqual([...declared].sort())
  })

  test.each(declared)('%s is named by its owner and by no other file', (name) => {
    const owner = COLLECTION_OWNERS[name as CollectionName]
    const others = filesNaming(name).filter((f) => f !== owner)
    expect(sources.get(owner)).toMatch(new RegExp(`\\b${name}\\b`))
    expect(others).toEqual([])
  })
})
