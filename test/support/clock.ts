/**
 * A clock the test moves forward: `Date.now()` and `new Date()` read real time plus an offset the
 * test sets, for everything in this process (the server under test included). Time keeps flowing
 * between moves, so two saves never share a timestamp, as they would under a frozen fake Date
 * (Payload orders versions by time, and a synchronous SQLite write gives the event loop no tick
 * in which to advance a fake one). Timers are left alone: a cron still ticks in real time.
 */
export interface MovableClock {
  /** Moves the clock forward so that it reads just past `moment`. */
  movePast: (moment: string) => void
  restore: () => void
}

export const movableClock = (): MovableClock => {
  const RealDate = globalThis.Date
  let offset = 0
  class MovedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset)
      else super(...(args as [string | number | Date]))
    }

    static override now(): number {
      return RealDate.now() + offset
    }
  }
  globalThis.Date = MovedDate as DateConstructor
  return {
    movePast: (moment) => {
      const target = RealDate.parse(moment) + 1000
      offset = Math.max(offset, target - RealDate.now())
    },
    restore: () => {
      globalThis.Date = RealDate
    },
  }
}
