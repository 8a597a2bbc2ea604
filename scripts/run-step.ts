import { spawn } from 'node:child_process'

export interface StepResult {
  name: string
  passed: number
  failed: number
  ms: number
  output: string
}

/** Runs a command, streaming its output, and resolves with its exit code and what it printed. */
export function runCommand(
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (chunk: Buffer, stream: NodeJS.WriteStream) => {
      output += chunk.toString()
      stream.write(chunk)
    }
    child.stdout.on('data', (c: Buffer) => keep(c, process.stdout))
    child.stderr.on('data', (c: Buffer) => keep(c, process.stderr))
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
    child.on('error', (err) => resolve({ code: 1, output: String(err) }))
  })
}

export function banner(text: string): void {
  console.log(`\n━━━ ${text} ━━━`)
}
