import type { DatabaseAdapterObj } from 'payload'

/** How many SQL texts one process names at most: each connection may keep a plan for each. */
export const MAX_NAMED_STATEMENTS = 200

/**
 * Names for the SQL texts worth keeping: a text gets a name the second time it is sent, so a
 * one-off (a migration, an unusual admin filter) never takes a place, and names are never taken
 * back, so a name always means one text on every connection. Past the limit, texts go unnamed.
 * Texts seen once are forgotten in bulk, so SQL that differs on every run (Payload gives join
 * subqueries random aliases) cannot grow without bound; a text that repeats less often than a
 * thousand such one-offs may then never be named.
 */
export const statementNames = (limit = MAX_NAMED_STATEMENTS) => {
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
  submit?: unknown
}

const hasValues = (list: unknown): boolean => Array.isArray(list) && list.length > 0

/**
 * The text of a query worth naming: one with values, sent as `query(text, values)` or
 * `query({ text, values })` for a promise. Not a callback's, a cursor's or a stream's (objects pg
 * runs as they are), nor one already named.
 */
export const textToName = (args: unknown[]): null | string => {
  const [config, values] = args
  if (args.some((arg) => typeof arg === 'function')) return null
  if (typeof config === 'string') return hasValues(values) ? config : null
  if (typeof config !== 'object' || config === null) return null
  const query = config as Partial<QueryConfig>
  if (typeof query.text !== 'string' || query.name !== undefined || query.submit !== undefined) {
    return null
  }
  return hasValues(values) || hasValues(query.values) ? query.text : null
}

/** PostgreSQL's answer when a kept statement's result changed type (a column's type changed). */
const CACHED_PLAN_CHANGED = '0A000'

/** Connections that met such a change: they send everything unnamed from then on. */
const unnamedOnly = new WeakSet<object>()

// A mixin's base must take any arguments (TypeScript's rule for classes extended at run time).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ClientClass = new (...args: any[]) => { query(...args: any[]): unknown }

/**
 * A pg client class that sends repeated statements as named prepared statements. Payload's adapter
 * sends every statement unnamed, so PostgreSQL parses and plans it on every run, and planning its
 * reads of a story (every array and link folded into JSON by lateral joins) costs more than running
 * them. A named statement is parsed once per connection, and after five runs PostgreSQL keeps a
 * generic plan when that is no worse than planning each time. Statements without values stay
 * unnamed: pg sends those with the simple protocol, the only one that runs a migration's several
 * statements. A statement a schema change broke fails once, then its connection stops naming.
 */
export const keepingPostgresClient = <Base extends ClientClass>(
  Client: Base,
  nameOf = statementNames(),
): Base =>
  class KeepingClient extends Client {
    query(...args: unknown[]): unknown {
      const text = unnamedOnly.has(this) ? null : textToName(args)
      const name = text === null ? undefined : nameOf(text)
      if (name === undefined) return super.query(...args)
      const [config, ...rest] = args
      const named = typeof config === 'string' ? { text, name } : { ...(config as object), name }
      return (super.query(named, ...rest) as Promise<unknown>).catch((error: unknown) => {
        if ((error as { code?: unknown }).code === CACHED_PLAN_CHANGED) unnamedOnly.add(this)
        throw error
      })
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
