import { z } from '../../types/zod'
import { listActions } from '../../types/api'
import { LocalCloud, DEFAULT_DATA_DIR } from '../local-cloud'
import { stringOption, type ParsedArgs } from './args'

/** Runs one function against the same data as npm start and prints its result as the last line. */
export async function runInvoke(args: ParsedArgs): Promise<number> {
  const ref = args.positional[1]
  if (!ref) throw new Error('用法：invoke <name|path> --data <json> [--openid <id>]')
  let event: unknown = {}
  const data = stringOption(args, 'data')
  if (data !== undefined) {
    try {
      event = JSON.parse(data)
    } catch {
      throw new Error(`--data 不是合法的 JSON：${data}`)
    }
  }
  const cloud = LocalCloud.create({ dataDir: stringOption(args, 'dir') ?? DEFAULT_DATA_DIR })
  try {
    const result = await cloud.invoke(ref, event, { openid: stringOption(args, 'openid') ?? '' })
    console.log(JSON.stringify(result ?? null))
    return 0
  } finally {
    cloud.close()
  }
}

/** Every function and action with its access rule and input schema as JSON Schema. */
export function describeContract(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {}
  for (const { fn, action, def } of listActions()) {
    out[fn] ??= {}
    out[fn][action] = {
      summary: def.summary,
      access: def.access,
      input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
    }
  }
  return out
}

export async function runActions(): Promise<number> {
  console.log(JSON.stringify({ functions: describeContract() }, null, 2))
  return 0
}

export async function runTrigger(args: ParsedArgs): Promise<number> {
  const fn = args.positional[1]
  if (!fn) throw new Error('用法：trigger <fn> [--name <trigger>]')
  const cloud = LocalCloud.create({ dataDir: stringOption(args, 'dir') ?? DEFAULT_DATA_DIR })
  try {
    const result = await cloud.timers.fireNow(fn, stringOption(args, 'name'))
    console.log(JSON.stringify(result ?? null))
    return 0
  } finally {
    cloud.close()
  }
}
