import type { Payload } from 'payload'

/**
 * Fields no API answer may ever carry, whoever asks. Not listed: a preview key's apiKey (its
 * admin reads it) and `sessions`, which Payload shows each user for their own account only.
 */
export const HIDDEN_FIELDS = [
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'apiKeyIndex',
] as const

const STACK_TRACE = /\bat (async )?[\w.<>[\]]+ \(?(file:\/\/)?\/[^\s)]+:\d+:\d+\)?|node_modules\//

/** Keys that carry a value (GraphQL's schema lists hidden fields, always null, by name). */
const keysOf = (value: unknown, found = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) for (const item of value) keysOf(item, found)
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (inner !== null && inner !== undefined) found.add(key)
      keysOf(inner, found)
    }
  }
  return found
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** A client error's message: Payload's `errors[].message`, or a route's own `message`. */
const errorMessage = (body: unknown): string | undefined => {
  if (typeof body !== 'object' || body === null) return undefined
  const { errors, message } = body as { errors?: Array<{ message?: unknown }>; message?: unknown }
  const first = Array.isArray(errors) ? errors[0]?.message : message
  return typeof first === 'string' && first.trim() ? first : undefined
}

/**
 * What is wrong with one answer, or an empty list: a 5xx, a stack trace, a hidden field (by name,
 * or a secret's value anywhere in the text), or a 4xx without a message a client can show.
 */
export const answerProblems = (
  status: number,
  text: string,
  secrets: readonly string[],
): string[] => {
  const problems: string[] = []
  if (status >= 500) problems.push(`status ${status}`)
  if (STACK_TRACE.test(text)) problems.push('a stack trace in the body')
  const body = parse(text)
  const leaked = [...keysOf(body)].filter((key) =>
    (HIDDEN_FIELDS as readonly string[]).includes(key),
  )
  if (leaked.length > 0) problems.push(`hidden fields in the body: ${leaked.join(', ')}`)
  if (secrets.some((secret) => text.includes(secret))) problems.push('a secret value in the body')
  if (status >= 400 && status < 500 && !errorMessage(body)) {
    problems.push(`a ${status} without an error message: ${text.slice(0, 200)}`)
  }
  return problems
}

/** Every row of every collection, as the database holds it, to compare before and after. */
export const snapshot = async (payload: Payload): Promise<Record<string, string>> => {
  const rows: Record<string, string> = {}
  for (const collection of payload.config.collections) {
    const { docs } = await payload.find({
      collection: collection.slug as 'articles',
      overrideAccess: true,
      showHiddenFields: true,
      draft: true,
      depth: 0,
      pagination: false,
      sort: 'id',
    })
    rows[collection.slug] = JSON.stringify(docs)
  }
  return rows
}

/** The hashes and salts of every account, which must never appear in an answer. */
export const accountSecrets = async (payload: Payload): Promise<string[]> => {
  const { docs } = await payload.find({
    collection: 'users',
    overrideAccess: true,
    showHiddenFields: true,
    pagination: false,
  })
  return docs.flatMap((user) => {
    const hidden = user as unknown as { hash?: string; salt?: string }
    return [hidden.hash, hidden.salt].filter((value): value is string => Boolean(value))
  })
}

/** Tallies problems by kind, keeping the first few examples of each to print. */
export class Findings {
  private readonly byKind = new Map<string, string[]>()
  tried = 0

  add(request: string, problems: string[]): void {
    for (const problem of problems) {
      const kind = problem.replace(/:.*/, '')
      const examples = this.byKind.get(kind) ?? []
      if (examples.length < 5) examples.push(`${request} → ${problem}`)
      this.byKind.set(kind, examples)
    }
  }

  get examples(): string[] {
    return [...this.byKind.values()].flat()
  }
}
