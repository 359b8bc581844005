import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

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

/** A second instance of the CMS, in its own process, sharing only the database with the test's. */
export interface SecondInstance {
  baseUrl: string
  started: StartedProcess
  /** SIGTERM, then waits for it to exit. */
  stop: () => Promise<void>
}

/**
 * Starts `npm start`'s script on `databaseUrl` (no admin, no jobs, a data folder of its own) and
 * waits until `readyPath` answers 200. A start that never gets there is stopped before it throws.
 */
export const startSecondInstance = async (
  databaseUrl: string,
  readyPath: string,
  env: Record<string, string> = {},
): Promise<SecondInstance> => {
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const started = runStartScript(
    {
      NODE_ENV: 'test',
      JOBS: 'off',
      DATABASE_URL: databaseUrl,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'newsroom-second-')),
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET!,
      SERVER_URL: baseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    ['--no-admin'],
  )
  const stop = async () => {
    if (started.child.exitCode !== null) return
    started.child.kill('SIGTERM')
    await started.exited
  }
  try {
    // A second Payload starting on a busy machine can take minutes.
    await waitFor200(`${baseUrl}${readyPath}`, started, 200_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseUrl, started, stop }
}
