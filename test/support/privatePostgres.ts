import { execFile } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { freePort } from './startProcess'

const run = promisify(execFile)

/**
 * A throwaway PostgreSQL cluster of the test's own, in a temp folder on a free port, so a test may
 * stop and start it at will without touching the shared server others use.
 */
export interface PrivatePostgres {
  url: string
  /** `pg_ctl stop -m immediate`: the server dies as in a crash, connections reset. */
  crash: () => Promise<void>
  start: () => Promise<void>
  /** Stops the cluster and deletes its folder. */
  destroy: () => Promise<void>
  log: () => string
}

/** Debian's PostgreSQL binaries (newest version), or null when none are installed. */
export const postgresBinDir = (): null | string => {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root)
    .filter((version) => existsSync(path.join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? path.join(root, versions[0], 'bin') : null
}

/** Why a private cluster cannot run here, or '' when it can. */
export const privatePostgresSkipReason = (): string =>
  postgresBinDir()
    ? ''
    : 'no PostgreSQL binaries in /usr/lib/postgresql/*/bin (scripts/ci-postgres.sh installs them)'

const isRoot = (): boolean => process.getuid?.() === 0

/** initdb and the server refuse to run as root; as root they run as the `postgres` user. */
const asOwner = async (command: string, args: string[]) =>
  isRoot() ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args)

const uidOf = async (user: string): Promise<number> =>
  Number((await run('id', ['-u', user])).stdout)

export const startPrivatePostgres = async (): Promise<PrivatePostgres> => {
  const bin = postgresBinDir()
  if (!bin) throw new Error(privatePostgresSkipReason())
  const folder = mkdtempSync(path.join(tmpdir(), 'newsroom-pg-'))
  if (isRoot()) {
    const uid = await uidOf('postgres')
    chownSync(folder, uid, uid)
  }
  const data = path.join(folder, 'data')
  const logFile = path.join(folder, 'server.log')
  const port = await freePort()
  await asOwner(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
  ])
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`
  const pgCtl = (args: string[]) => asOwner(path.join(bin, 'pg_ctl'), ['-D', data, ...args])
  const start = async () => {
    await pgCtl(['start', '-w', '-t', '60', '-l', logFile, '-o', options])
  }
  await start()
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    crash: async () => {
      await pgCtl(['stop', '-m', 'immediate', '-w'])
    },
    start,
    destroy: async () => {
      await pgCtl(['stop', '-m', 'immediate', '-w']).catch(() => undefined)
      rmSync(folder, { recursive: true, force: true })
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  }
}
