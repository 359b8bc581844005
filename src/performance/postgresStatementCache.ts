import type { DatabaseAdapterObj } from 'payload'

/** How many SQL texts one process names at most: each connection may keep a plan for each. */
export const NAMED_STATEMENTS = 200

/**
 * Names for the SQL texts worth keeping: a text gets a name the second time it is sent, so a
 * one-off (a migration, an unusual admin filter) never takes a place, and names are never taken
 * back, so a name always means one text on every connection. Past the limit, texts go unnamed.
 */
export const statementNames = (limit = NAMED_STATEMENTS) => {
  const names = new Map<string, string>()
  const seenOnce = new Set<string>()
  return (text: string): string | undefined => {
    const name = names.get(text)
    if (name !== undefined || names.size >= limit) return name
    if (!seenOnce.delete(text)) {
      if (seenOnce.size >= limit * 5) seenOnce.clear()
      seenOnce.add(text)
      return undefined
    }
    const named = `newsroom_${names.size + 1}`
    names.set(text, named)
    return named
  }
}

interface QueryConfig {
  text: string
  name?: unknown
  values?: unknown
}

const hasValues = (list: unknown): boolean => Array.isArray(list) && list.length > 0

/** A query as pg takes it (`query(text, values)` or `query({ text, values })`), when it has values. */
const parameterised = (config: unknown, values: unknown): null | QueryConfig => {
  if (typeof config === 'string') return hasValues(values) ? { text: config } : null
  if (typeof config !== 'object' || config === null) return null
  const query = config as Partial<QueryConfig>
  if (typeof query.text !== 'string' || query.name !== undefined) return null
  return hasValues(values) || hasValues(query.values) ? (query as QueryConfig) : null
}

// A mixin's base must take any arguments (TypeScript's rule for classes extended at run time).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ClientClass = new (...args: any[]) => { query(...args: any[]): unknown }

/**
 * A pg client class that sends Payload's repeated statements as named prepared statements.
 * Payload's adapter sends every statement unnamed, so PostgreSQL parses and plans it on each run,
 * and its reads of an article (every column, each array and the links folded into JSON by lateral
 * joins) cost about 2 ms to plan against 0.5 ms to run; a save sends several. A named statement
 * is parsed once per connection, and after five runs PostgreSQL keeps a generic plan when that is
 * no worse than planning each time. Only statements with parameters are named: without, pg sends
 * the simple protocol, which is also the only one that runs a migration's several statements.
 */
export const keepingPostgresClient = <Base extends ClientClass>(
  Client: Base,
  nameOf = statementNames(),
): Base =>
  class KeepingClient extends Client {
    query(...args: unknown[]): unknown {
      const query = parameterised(args[0], args[1])
      const name = query && nameOf(query.text)
      if (name) args[0] = { ...query, name }
      return super.query(...args)
    }
  }

interface PostgresAdapter {
  pg: { Client: ClientClass }
  poolOptions?: Record<string, unknown>
}

/**
 * The PostgreSQL adapter, its connections keeping their statements. Its connections are built
 * with the pg module Payload's adapter itself uses (its own pinned copy), on the pool's `Client`.
 */
export const withKeptStatements = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const initialized = adapter.init(args) as unknown as PostgresAdapter
    initialized.poolOptions = {
      ...initialized.poolOptions,
      Client: keepingPostgresClient(initialized.pg.Client),
    }
    return initialized as unknown as ReturnType<DatabaseAdapterObj['init']>
  },
})
