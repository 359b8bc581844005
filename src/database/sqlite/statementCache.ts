// The binding @libsql/client runs `file:` URLs on (one copy: npm dedupes it, Next keeps it external).
import Database from 'libsql'

interface NativeDatabase {
  prepare: (sql: string) => unknown
}

/** Statements kept per connection: Payload's reads and writes of a few collections repeat. */
export const STATEMENTS_PER_CONNECTION = 500

const kept = new WeakMap<object, Map<string, unknown>>()

/**
 * A prepare that keeps what it prepared, least recently used dropped first. Compiling a statement
 * costs more than running it here: Payload's SQL for one article names every column and folds its
 * arrays and links into JSON subqueries, and @libsql/client prepares every statement again on
 * each call (about a tenth of a save's time on one thread). A kept statement is reset and rebound
 * on each run, as SQLite allows; one whose schema changed is recompiled by SQLite itself.
 */
export const keepingPrepare = <Statement>(
  prepare: (sql: string) => Statement,
  limit = STATEMENTS_PER_CONNECTION,
) =>
  function (this: object, sql: string): Statement {
    let statements = kept.get(this) as Map<string, Statement> | undefined
    if (!statements) {
      statements = new Map()
      kept.set(this, statements)
    }
    const statement = statements.get(sql)
    if (statement !== undefined) {
      statements.delete(sql)
      statements.set(sql, statement)
      return statement
    }
    const prepared = prepare.call(this, sql)
    statements.set(sql, prepared)
    if (statements.size > limit) statements.delete(statements.keys().next().value as string)
    return prepared
  }

/** Marks the binding once kept, across every copy of this module (the admin bundle has its own). */
const KEPT = Symbol.for('newsroom.sqliteStatementsKept')

/**
 * Makes the libSQL binding keep prepared statements, for every connection of this process. Only
 * `file:` URLs reach it, so Postgres and MongoDB never do.
 */
export const keepSqliteStatements = (): void => {
  const prototype = Database.prototype as unknown as NativeDatabase & { [KEPT]?: true }
  if (prototype[KEPT]) return
  prototype[KEPT] = true
  prototype.prepare = keepingPrepare(prototype.prepare)
}
