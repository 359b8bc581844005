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

const CREATE_INDEX = /^\s*CREATE\s+(UNIQUE\s+)?INDEX\b/i

/**
 * A push plan with each CREATE INDEX once (the first kept, in order). A database made by the
 * migrations differs from the pushed schema in ways SQLite cannot alter in place (a link column a
 * migration added has no ON DELETE CASCADE), so Drizzle Kit 0.31 rebuilds the table and then
 * writes each of its CREATE INDEX twice: the second fails, and `npm run dev` on a database
 * `npm start` made stopped there. Only index creation is deduplicated: other statements may rightly
 * repeat (Drizzle Kit wraps each rebuilt table that others reference in its own
 * `PRAGMA foreign_keys=OFF` … `ON`, and the second table's DROP must not run with them on).
 */
export const withEachIndexOnce = (statements: string[]): string[] => {
  const created = new Set<string>()
  return statements.filter((statement) => {
    if (!CREATE_INDEX.test(statement)) return true
    if (created.has(statement)) return false
    created.add(statement)
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
