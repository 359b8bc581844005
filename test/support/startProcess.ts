import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { createServer } from 'node:net'

/** A free TCP port on loopback, found by letting the OS pick one. */
export const freePort = async (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

export interface StartedProcess {
  child: ChildProcessWithoutNullStreams
  output: () => string
  exited: Promise<number | null>
}

/**
 * Runs a TypeScript entry point as the npm scripts do (tsx, production export conditions), in a
 * separate process that sees only PATH, HOME and the given environment.
 */
export const runScript = (
  script: string,
  args: string[],
  env: Record<string, string>,
): StartedProcess => {
  const child = spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', script, ...args],
    {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        ...env,
      } as unknown as NodeJS.ProcessEnv,
    },
  ) as ChildProcessWithoutNullStreams
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

/** Runs `src/start.ts` as `npm start` would, with the given environment and flags. */
export const runStartScript = (env: Record<string, string>, flags: string[] = []): StartedProcess =>
  runScript('src/start.ts', flags, env)

/** Polls a URL until it answers 200, the process exits, or the time is up. */
export const waitFor200 = async (
  url: string,
  started: StartedProcess,
  timeoutMs = 90_000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  let hasExited = false
  void started.exited.then(() => (hasExited = true))
  while (Date.now() < deadline && !hasExited) {
    try {
      if ((await fetch(url)).status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} never answered 200. Output:\n${started.output()}`)
}
