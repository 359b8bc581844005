import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, runScript, waitFor200 } from '../../test/support/startProcess'
import type { StartedProcess } from '../../test/support/startProcess'

export const PASSWORDS = {
  admin: 'e2e-admin-password-1',
  editor: 'e2e-editor-password-1',
  writer: 'e2e-writer-password-1',
} as const

export const ACCOUNTS = {
  admin: { email: 'admin@newsroom.local', password: PASSWORDS.admin },
  editor: { email: 'editor@newsroom.local', password: PASSWORDS.editor },
  writer: { email: 'writer@newsroom.local', password: PASSWORDS.writer },
} as const

export interface NewsroomServer {
  url: string
  stop: () => Promise<void>
}

const serve = (env: Record<string, string>): StartedProcess =>
  runScript('e2e/support/serve.ts', [], env)

/**
 * The production server on a new SQLite database in a temporary folder: migrations, the seed
 * story and the local admin, editor and writer with known passwords.
 */
export const startNewsroom = async (): Promise<NewsroomServer> => {
  // While writing a test: a server already running with the seed and these passwords.
  const running = process.env.E2E_SERVER_URL
  if (running) return { url: running, stop: async () => {} }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-e2e-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const started = serve({
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'newsroom.db')}`,
    PAYLOAD_SECRET: 'e2e-secret-that-is-long-enough-0123456789',
    SERVER_URL: url,
    HOST: '127.0.0.1',
    PORT: String(port),
    JOBS: 'off',
    SEED_ADMIN_PASSWORD: PASSWORDS.admin,
    SEED_EDITOR_PASSWORD: PASSWORDS.editor,
    SEED_WRITER_PASSWORD: PASSWORDS.writer,
  })
  try {
    await waitFor200(`${url}/readyz`, started, 150_000)
  } catch (error) {
    started.child.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  return {
    url,
    stop: async () => {
      started.child.kill('SIGTERM')
      await started.exited
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
