/** Runs one child script to its end, its stderr shown live (progress bars), its stdout kept. */
import { spawn } from 'node:child_process'

export const runNodeScript = (
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, NODE_OPTIONS: '--conditions=production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    // Payload's INFO lines (migrations) are noise here; progress and problems pass through.
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString()
      if (!/\bINFO\b|No email adapter/.test(text)) process.stderr.write(text)
    })
    child.once('error', reject)
    child.once('exit', (code) => resolve({ code: code ?? 1, stdout }))
  })

/** The last line of a child's stdout that parses as JSON. */
export const lastJsonLine = <T>(stdout: string): null | T => {
  for (const line of stdout.trim().split('\n').reverse()) {
    try {
      return JSON.parse(line) as T
    } catch {
      // Payload's own log lines.
    }
  }
  return null
}
