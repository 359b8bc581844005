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

/**
 * Statements a push plan repeats, dropped (the first of each kept, in order). A database made by
 * the migrations differs from the pushed schema in ways SQLite cannot alter in place (a link
 * column a migration added has no ON DELETE CASCADE), so Drizzle Kit 0.31 rebuilds the table and
 * then writes each of its CREATE INDEX twice: the second fails, and `npm run dev` on a database
 * `npm start` made stopped there. Running one statement twice is never meant.
 */
export const withoutRepeats = (statements: string[]): string[] => [...new Set(statements)]

/** The push of `npm run dev` with each statement run once (see withoutRepeats). */
export const withPushRunOnce = (adapter: DatabaseAdapterObj): DatabaseAdapterObj =>
  aroundSqlitePush(adapter, async (push, ...args) => {
    const plan = await push(...args)
    // `apply` runs the array it returned: trimmed in place, so the plan printed is the plan run.
    const once = withoutRepeats(plan.statementsToExecute)
    plan.statementsToExecute.splice(0, plan.statementsToExecute.length, ...once)
    return plan
  })
