import type { ChildProcessWithoutNullStreams } from 'node:child_process'

import { runScript } from './startProcess'

export interface ImporterRun {
  child: ChildProcessWithoutNullStreams
  output: () => string
  /** How many pages the importer has reported written so far. */
  imported: () => number
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

const WRITTEN_LINE = /^\[\d+\/\d+\] .*: (created|updated) /gm

/** Runs `npm run import -- <files>` as a separate process against `databaseUrl`. */
export const runImporter = (
  databaseUrl: string,
  files: string[],
  env: Record<string, string> = {},
): ImporterRun => {
  const { child, output } = runScript('src/importing/cli.ts', files, {
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'test-secret-that-is-long-enough-0123456789',
    NODE_ENV: 'test',
    JOBS: 'off',
    ...env,
  })
  // Listened to before the event loop turns, so the exit cannot be missed.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  return {
    child,
    output,
    imported: () => output().match(WRITTEN_LINE)?.length ?? 0,
    exited,
  }
}
