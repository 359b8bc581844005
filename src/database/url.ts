/** What DATABASE_URL may name, and how it is told apart and shown in logs. */
export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

const ACCEPTED_FORMS =
  'file:<path> (SQLite, e.g. file:./data/newsroom.db or file::memory:), ' +
  'postgres://user:password@host:5432/db (or postgresql://), ' +
  'mongodb://host:27017/db (or mongodb+srv://)'

export class DatabaseUrlError extends Error {
  constructor(reason: string) {
    super(`DATABASE_URL ${reason}. Accepted forms: ${ACCEPTED_FORMS}`)
    this.name = 'DatabaseUrlError'
  }
}

const hasHost = (url: string): boolean => {
  try {
    return new URL(url).hostname !== ''
  } catch {
    return false
  }
}

/** Which database a URL names; a malformed or unknown URL is refused, naming the accepted forms. */
export const databaseKind = (url: string): DatabaseKind => {
  const trimmed = url.trim()
  if (trimmed === '') throw new DatabaseUrlError('is empty')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase()
  if (scheme === 'file') {
    if (trimmed.length <= 'file:'.length) throw new DatabaseUrlError(`"${url}" names no file`)
    return 'sqlite'
  }
  if (scheme === 'postgres' || scheme === 'postgresql') {
    if (!hasHost(trimmed)) throw new DatabaseUrlError(`"${redact(url)}" has no host`)
    return 'postgres'
  }
  if (scheme === 'mongodb' || scheme === 'mongodb+srv') {
    if (!hasHost(trimmed)) throw new DatabaseUrlError(`"${redact(url)}" has no host`)
    return 'mongodb'
  }
  throw new DatabaseUrlError(`"${redact(url)}" is not a database URL this CMS knows`)
}

/** Passwords never reach a log line. */
export const redact = (url: string): string => url.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@')
