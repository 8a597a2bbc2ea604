import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { uploadCloudPath } from '../../types/domain/upload'
import { LocalCloud, DEFAULT_DATA_DIR } from '../local-cloud'
import { isEmpty, seedScale } from '../seed/load-seed'
import { stringOption, type ParsedArgs } from './args'

interface Envelope {
  ok: boolean
  data?: unknown
  error?: { code: string; message: string }
}

/**
 * `import <file> [--valid-only] [--check]`: puts the file in the local store and runs the same
 * action the app runs (imports.runImport, or validateImport with --check) as the demo admin.
 */
export async function runImportCommand(args: ParsedArgs): Promise<number> {
  const file = args.positional[1]
  if (!file)
    throw new Error('用法：import <文件.xlsx|文件.csv> [--valid-only] [--check] [--openid demo-admin]')
  const ext = extname(file).toLowerCase()
  if (ext !== '.xlsx' && ext !== '.csv') throw new Error('只支持 .xlsx 或 .csv 文件')
  const cloud = LocalCloud.create({ dataDir: stringOption(args, 'data') ?? DEFAULT_DATA_DIR })
  try {
    if (isEmpty(cloud.db)) seedScale(cloud.db, 'demo')
    const openid = stringOption(args, 'openid') ?? 'demo-admin'
    // As the app does: upload as the caller to a random path, then register it as an import.
    const { fileID } = cloud.store.upload(
      uploadCloudPath('import', randomBytes(16).toString('hex'), ext.slice(1)),
      readFileSync(file),
      undefined,
      openid,
    )
    const registered = (await cloud.call(
      'files',
      'registerUpload',
      { fileID, purpose: 'import', name: basename(file).slice(0, 100) },
      openid,
    )) as Envelope
    if (!registered.ok) {
      console.log(JSON.stringify(registered, null, 2))
      return 1
    }
    const started = Date.now()
    const res = (
      args.options.check
        ? await cloud.call('imports', 'validateImport', { fileID }, openid)
        : await cloud.call(
            'imports',
            'runImport',
            { fileID, validOnly: args.options['valid-only'] === true },
            openid,
          )
    ) as Envelope
    console.error(`${args.options.check ? '检查' : '导入'}用时 ${Date.now() - started} ms`)
    console.log(JSON.stringify(res, null, 2))
    return res.ok ? 0 : 1
  } finally {
    cloud.close()
  }
}
