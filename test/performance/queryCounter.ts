import type { Payload } from 'payload'

export interface QueryCounter {
  /** Statements sent to the database since the last reset. */
  readonly statements: string[]
  reset: () => void
  /** Puts the driver back as it was. */
  restore: () => void
}

type Method = (...args: unknown[]) => unknown
type Patchable = Record<string, Method | undefined>

const sqlOf = (statement: unknown): string => {
  if (typeof statement === 'string') return statement
  if (statement && typeof statement === 'object') {
    const { sql, text } = statement as { sql?: unknown; text?: unknown }
    if (typeof sql === 'string') return sql
    if (typeof text === 'string') return text
  }
  return String(statement)
}

/**
 * Counts the statements the SQL adapters send, at the driver: the libSQL client's `execute` and
 * `batch` (one per statement), or the Postgres pool's `query`. Reads run outside transactions, so
 * these are the only doors they go through. Null on MongoDB, which has no SQL driver to watch.
 */
export const countQueries = (payload: Payload): null | QueryCounter => {
  const statements: string[] = []
  const db = payload.db as unknown as { client?: Patchable; pool?: Patchable }
  const patches: Array<[target: Patchable, name: string, original: Method]> = []
  const wrap = (target: Patchable | undefined, name: string, record: (args: unknown[]) => void) => {
    const original = target?.[name]
    if (!target || typeof original !== 'function') return
    patches.push([target, name, original])
    target[name] = function (this: unknown, ...args: unknown[]) {
      record(args)
      return original.apply(this, args)
    }
  }
  if (payload.db.name === 'sqlite') {
    wrap(db.client, 'execute', ([statement]) => statements.push(sqlOf(statement)))
    wrap(db.client, 'batch', ([batch]) => {
      for (const statement of batch as unknown[]) statements.push(sqlOf(statement))
    })
  } else if (payload.db.name === 'postgres') {
    wrap(db.pool, 'query', ([statement]) => statements.push(sqlOf(statement)))
  }
  if (patches.length === 0) return null
  return {
    statements,
    reset: () => {
      statements.length = 0
    },
    restore: () => {
      for (const [target, name, original] of patches.reverse()) target[name] = original
    },
  }
}
