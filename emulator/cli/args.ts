/** `--name value` and `--flag` options after positional arguments. */
export interface ParsedArgs {
  positional: string[]
  options: Record<string, string | true>
}

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = []
  const options: Record<string, string | true> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2)
      if (inline !== undefined) options[key] = inline
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options[key] = argv[++i]
      else options[key] = true
    } else positional.push(arg)
  }
  return { positional, options }
}

export function stringOption(args: ParsedArgs, key: string): string | undefined {
  const value = args.options[key]
  return typeof value === 'string' ? value : undefined
}
