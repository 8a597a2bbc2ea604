import { readFileSync } from 'node:fs'
import { LocalCloud, DEFAULT_DATA_DIR } from '../local-cloud'
import { problemsOf, RULES, type Problem, type StoredDoc } from '../check/record-rules'
import { fromJsonLines } from '../seed/jsonl'
import { stringOption, type ParsedArgs } from './args'

/** Documents of one collection, a page at a time, so a county-scale collection is never held twice. */
function* pagesOf(cloud: LocalCloud, collection: string): Generator<StoredDoc[]> {
  const page = 5000
  for (let skip = 0; ; skip += page) {
    const docs = cloud.db.find(collection, {}, { sort: { _id: 1 }, skip, limit: page })
    if (docs.length > 0) yield docs
    if (docs.length < page) return
  }
}

function print(problems: Problem[], checked: number): number {
  for (const p of problems) console.log(`${p.collection}\t${p.id}\t${p.field}\t${p.reason}`)
  console.error(
    `检查了 ${checked} 条记录，发现 ${problems.length} 处问题${problems.length ? '（集合、_id、字段、原因，以制表符分隔）' : ''}`,
  )
  return problems.length > 0 ? 1 : 0
}

/**
 * `check [--dir .data]`: every stored record the app reads by date or count, judged by the same
 * schemas the actions use. `check --file export.json --collection name` judges a collection exported
 * from the CloudBase console (JSON Lines). Exit code 1 when something needs repair.
 */
export async function runCheck(args: ParsedArgs): Promise<number> {
  const file = stringOption(args, 'file')
  if (file) {
    const collection = stringOption(args, 'collection')
    if (!collection || !RULES[collection])
      throw new Error(`用法：check --file <导出文件> --collection <${Object.keys(RULES).join('|')}>`)
    const docs = fromJsonLines(readFileSync(file, 'utf8'))
    return print(
      docs.flatMap((d) => problemsOf(collection, d)),
      docs.length,
    )
  }
  const cloud = LocalCloud.create({ dataDir: stringOption(args, 'dir') ?? DEFAULT_DATA_DIR })
  try {
    const problems: Problem[] = []
    let checked = 0
    const present = new Set(cloud.db.collectionNames())
    for (const collection of Object.keys(RULES).filter((c) => present.has(c))) {
      for (const docs of pagesOf(cloud, collection)) {
        checked += docs.length
        for (const d of docs) problems.push(...problemsOf(collection, d))
      }
    }
    return print(problems, checked)
  } finally {
    cloud.close()
  }
}
