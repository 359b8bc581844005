import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'

export interface RunningProcess {
  child: ChildProcess
  pid: number
  /** What it printed, for a failure message. */
  output: () => string
  stop: () => Promise<void>
}

/** Starts `node --import tsx <script>`: one process, so its pid is the server's own. */
export const startNodeScript = (
  script: string,
  args: string[],
  env: Record<string, string>,
): RunningProcess => {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: {
      ...process.env,
      NODE_OPTIONS: '--conditions=production',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    child,
    pid: child.pid ?? -1,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Polls until `url` answers 200; returns the milliseconds since `since`. */
export const waitFor200 = async (
  url: string,
  process: RunningProcess,
  since: number,
  timeoutMs = 600_000,
): Promise<number> => {
  while (Date.now() - since < timeoutMs) {
    if (process.child.exitCode !== null) {
      throw new Error(`the process exited (${process.child.exitCode}):\n${process.output()}`)
    }
    try {
      const response = await fetch(url, { redirect: 'manual' })
      await response.arrayBuffer()
      if (response.status === 200) return Date.now() - since
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} gave no 200 within ${timeoutMs / 1000} s:\n${process.output()}`)
}

/** Resident memory of a process in MiB, from /proc (Linux). */
export const rssMiB = (pid: number): null | number => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1]
    return kb ? Number(kb) / 1024 : null
  } catch {
    return null
  }
}

/** Samples a process's RSS until stopped; `stop()` gives the peak seen. */
export const sampleRss = (pid: number, everyMs = 100) => {
  let peak = rssMiB(pid) ?? 0
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(pid) ?? 0)
  }, everyMs)
  return {
    stop: (): number => {
      clearInterval(timer)
      return Math.max(peak, rssMiB(pid) ?? 0)
    },
  }
}
