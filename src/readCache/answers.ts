/** A public answer as the HTTP caching layer shaped it: what any anonymous reader may be sent. */
export interface CachedAnswer {
  status: number
  headers: Array<[string, string]>
  body: Uint8Array
  etag: null | string
}

/**
 * Where one read that found no kept answer leaves the answer it computes. Settled once: with the
 * public answer, or with null when there is none to keep (an error, a private answer, a failure).
 */
export interface KeepTicket {
  settle: (answer: CachedAnswer | null) => void
}

export interface AnswerStoreOptions {
  /** The current content version (contentVersion.ts): one cheap read of the database. */
  readVersion: () => Promise<string>
  /** How many answers, and how many bytes of them, one process keeps at most. */
  maxEntries?: number
  maxBytes?: number
  /** An answer larger than this is served but not kept. */
  maxAnswerBytes?: number
}

/** What a look-up found: the kept answer, or a ticket to keep the one computed now (or neither). */
export type Found = { answer: CachedAnswer } | { answer: null; ticket: KeepTicket | null }

interface SeenVersion {
  version: string
  /** Reads are numbered as they start, so a slow old read never replaces a newer one. */
  sequence: number
}

/**
 * Requests that arrive together share one read of the version, started only after all of them
 * arrived: a request never trusts a read begun before it came in, so after a write has answered,
 * every later request sees its version.
 */
const sharedVersionReads = (readVersion: () => Promise<string>) => {
  let sequence = 0
  let next: null | Promise<SeenVersion> = null
  return (): Promise<SeenVersion> => {
    next ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      next = null
      const started = ++sequence
      return { version: await readVersion(), sequence: started }
    })
    return next
  }
}

/** The answers kept for one content version, least recently used first, within their bounds. */
class Answers {
  private readonly answers = new Map<string, Promise<CachedAnswer | null>>()
  private bytes = 0

  constructor(
    readonly seen: SeenVersion,
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get(key: string): Promise<CachedAnswer | null> | undefined {
    const answer = this.answers.get(key)
    if (answer) {
      this.answers.delete(key)
      this.answers.set(key, answer)
    }
    return answer
  }

  pending(key: string, answer: Promise<CachedAnswer | null>): void {
    this.answers.set(key, answer)
    void answer.then((kept) => {
      if (!kept) {
        if (this.answers.get(key) === answer) this.answers.delete(key)
        return
      }
      this.bytes += kept.body.byteLength
      this.evict()
    })
  }

  private evict(): void {
    for (const [key, answer] of this.answers) {
      if (this.answers.size <= this.maxEntries && this.bytes <= this.maxBytes) return
      this.answers.delete(key)
      void answer.then((kept) => {
        if (kept) this.bytes -= kept.body.byteLength
      })
    }
  }
}

/**
 * Keeps the public answers to anonymous reads in this process, keyed on the content version that
 * every write moves on in its own transaction. Each look-up first asks the database for that
 * version (one indexed row, shared by the requests that arrive together), so a change made through
 * any instance is seen by every instance on the next request. Concurrent misses for one answer
 * wait for a single computation.
 */
export const createAnswerStore = ({
  readVersion,
  maxEntries = 2000,
  maxBytes = 64 * 1024 * 1024,
  maxAnswerBytes = 2 * 1024 * 1024,
}: AnswerStoreOptions) => {
  const currentVersion = sharedVersionReads(readVersion)
  let kept: Answers | null = null
  const uncached: Found = { answer: null, ticket: null }

  const answersFor = (seen: SeenVersion): Answers | null => {
    if (!kept || seen.sequence > kept.seen.sequence) {
      if (kept?.seen.version !== seen.version) kept = new Answers(seen, maxEntries, maxBytes)
    }
    // A read older than the one the store follows: answer it fresh, keep nothing from it.
    return kept.seen.version === seen.version ? kept : null
  }

  const lookUp = async (key: string): Promise<Found> => {
    let seen: SeenVersion
    try {
      seen = await currentVersion()
    } catch {
      // Without the version nothing can be trusted: answer as if there were no cache.
      return uncached
    }
    const answers = answersFor(seen)
    if (!answers) return uncached
    const waiting = answers.get(key)
    if (waiting) {
      const answer = await waiting
      return answer ? { answer } : uncached
    }
    let resolve: (answer: CachedAnswer | null) => void = () => {}
    answers.pending(key, new Promise((settle) => (resolve = settle)))
    let isSettled = false
    const ticket: KeepTicket = {
      settle: (answer) => {
        if (isSettled) return
        isSettled = true
        resolve(answer && answer.body.byteLength <= maxAnswerBytes ? answer : null)
      },
    }
    return { answer: null, ticket }
  }

  return { lookUp }
}

export type AnswerStore = ReturnType<typeof createAnswerStore>
