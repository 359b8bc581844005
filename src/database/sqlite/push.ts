import type { DatabaseAdapterObj } from 'payload'

/** What Drizzle Kit's SQLite push returns: the statements it will run, and the run itself. */
export interface PushPlan {
  statementsToExecute: string[]
  apply: () => Promise<void>
}

export type PushSchema = (
  schema: unknown,
  drizzle: { run: (query: unknown) => unknown },
  ...rest: unknown[]
) => Promise<PushPlan>

/**
 * Wraps the development push (`npm run dev`) of a SQLite adapter: `around` gets Drizzle Kit's
 * push and the push's arguments, and returns its plan. Production runs migrations, never a push.
 */
export const aroundSqlitePush = (
  adapter: DatabaseAdapterObj,
  around: (push: PushSchema, ...args: Parameters<PushSchema>) => Promise<PushPlan>,
): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args) as ReturnType<DatabaseAdapterObj['init']> & {
      requireDrizzleKit?: () => { pushSchema: PushSchema }
    }
    const load = instance.requireDrizzleKit
    if (!load) return instance
    instance.requireDrizzleKit = () => {
      const kit = load.call(instance)
      return { ...kit, pushSchema: (...pushArgs) => around(kit.pushSchema, ...pushArgs) }
    }
    return instance
  },
})

// Names as Drizzle Kit writes them (`name`), or bare or "quoted".
const NAME = String.raw`[\x60"]?([^\x60"\s;(]+)[\x60"]?`
const CREATE_INDEX = new RegExp(
  String.raw`^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}\s+ON\s+${NAME}`,
  'i',
)
const DROP_INDEX = new RegExp(String.raw`^\s*DROP\s+INDEX\s+(?:IF\s+EXISTS\s+)?${NAME}`, 'i')
const DROP_TABLE = new RegExp(String.raw`^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?${NAME}`, 'i')
const RENAME_TABLE = new RegExp(
  String.raw`^\s*ALTER\s+TABLE\s+${NAME}\s+RENAME\s+TO\s+${NAME}`,
  'i',
)

/**
 * A push plan with no CREATE INDEX of an index the plan has already created and not dropped (the
 * first kept, in order). A database made by the migrations differs from the pushed schema in ways
 * SQLite cannot alter in place (a link column a migration added has no ON DELETE CASCADE), so
 * Drizzle Kit 0.31 rebuilds the table and then writes each of its CREATE INDEX twice: the second
 * fails, and `npm run dev` on a database `npm start` made stopped there. Only index creation is deduplicated:
 * other statements may rightly repeat (Drizzle Kit wraps each rebuilt table that others reference
 * in its own `PRAGMA foreign_keys=OFF` … `ON`, and the second table's DROP must not run with them
 * on). A creation after its index or table was dropped is not a repeat: it is kept.
 */
export const withEachIndexOnce = (statements: string[]): string[] => {
  // The indexes the plan has created and not dropped, by name (SQLite's are case-insensitive), with
  // their tables: a second CREATE of one would fail, or with IF NOT EXISTS do nothing.
  const standing = new Map<string, string>()
  return statements.filter((statement) => {
    const droppedIndex = DROP_INDEX.exec(statement)?.[1]
    if (droppedIndex) standing.delete(droppedIndex.toLowerCase())
    const droppedTable = DROP_TABLE.exec(statement)?.[1]?.toLowerCase()
    if (droppedTable) {
      for (const [index, table] of standing) if (table === droppedTable) standing.delete(index)
    }
    // A table's indexes go with it when it is renamed (a rebuild renames `__new_t` to `t`).
    const renamed = RENAME_TABLE.exec(statement)
    if (renamed) {
      const [from, to] = [renamed[1]!.toLowerCase(), renamed[2]!.toLowerCase()]
      for (const [index, table] of standing) if (table === from) standing.set(index, to)
    }
    const created = CREATE_INDEX.exec(statement)
    if (!created) return true
    const index = created[1]!.toLowerCase()
    if (standing.has(index)) return false
    standing.set(index, created[2]!.toLowerCase())
    return true
  })
}

/** The push of `npm run dev` with each index created once (see withEachIndexOnce). */
export const withIndexesCreatedOnce = (adapter: DatabaseAdapterObj): DatabaseAdapterObj =>
  aroundSqlitePush(adapter, async (push, ...args) => {
    const plan = await push(...args)
    // `apply` runs the array it returned: trimmed in place, so the plan printed is the plan run.
    const once = withEachIndexOnce(plan.statementsToExecute)
    plan.statementsToExecute.splice(0, plan.statementsToExecute.length, ...once)
    return plan
  })
