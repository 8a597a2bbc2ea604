import { parseArgs } from './args'
import { runInvoke, runActions, runTrigger } from './function-commands'
import { runSeed } from './seed-command'
import { runServe } from './serve-command'
import { runImportCommand } from './import-command'
import { runCheck } from './check-command'

const USAGE = `npm run cloud -- <command>
  serve [--port 8080] [--data .data] [--no-timers]     start the local cloud and serve the H5 app
  invoke <name|path> --data '<json>' [--openid <id>]  run a function once; its result is the last line
  actions                                              the contract of this app as JSON (JSON Schema)
  trigger <fn> [--name <trigger>]                      fire a function's timer trigger now
  seed [--scale demo|county] [--reset] [--write <dir>] load (or write as JSON Lines) a seed
  import <file.xlsx|csv> [--valid-only] [--check]      run imports.runImport (or validateImport) as demo-admin
  check [--dir .data] | --file <export> --collection c  find stored records with impossible dates or counts
Data lives in .data/ (--data for serve, --dir for the others), the same place npm start uses.`

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2))
  const [command] = args.positional
  switch (command) {
    case 'serve':
      return runServe(args)
    case 'invoke':
      return runInvoke(args)
    case 'actions':
      return runActions()
    case 'trigger':
      return runTrigger(args)
    case 'seed':
      return runSeed(args)
    case 'import':
      return runImportCommand(args)
    case 'check':
      return runCheck(args)
    default:
      console.error(USAGE)
      return command ? 2 : 0
  }
}

/** Exits once stdout has drained: a pipe takes output asynchronously, and exiting at once cut it at 64 KB. */
function exitAfterOutput(code: number): void {
  process.exitCode = code
  process.stdout.write('', () => process.exit(code))
}

main().then(
  (code) => {
    if (code !== -1) exitAfterOutput(code)
  },
  (err) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
