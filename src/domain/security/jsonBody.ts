/**
 * What is wrong with a request body sent as JSON, before Payload reads it: Payload answers a body
 * that is not an object (null, a number, an array) or that nests thousands of levels deep with a
 * 500 from deep inside its hooks. Rich text nests a few dozen levels at most.
 */
export const MAX_BODY_NESTING = 64

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`

/**
 * How deeply arrays and objects nest, and whether any string or key holds a NUL character,
 * found without recursion (the input may be hostile). PostgreSQL text cannot hold NUL: such a
 * value failed there with a 500.
 */
export const inspectValue = (value: unknown): { nesting: number; hasNul: boolean } => {
  let deepest = 0
  let hasNul = false
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!
    if (typeof current === 'string') {
      hasNul ||= current.includes('\u0000')
      continue
    }
    if (typeof current !== 'object' || current === null) continue
    deepest = Math.max(deepest, depth + 1)
    if (deepest > MAX_BODY_NESTING) break
    for (const [key, inner] of Object.entries(current)) {
      hasNul ||= key.includes('\u0000')
      stack.push([inner, depth + 1])
    }
  }
  return { nesting: deepest, hasNul }
}

export const NUL_PROBLEM = 'contains a NUL character (\\u0000), which no text can hold'

/** A sentence naming the problem, or undefined when the body is a JSON object of sane depth. */
export const jsonBodyProblem = (text: string, where = 'The body'): string | undefined => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return `${where} is not valid JSON: ${(error as Error).message}`
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `${where} must be a JSON object of fields, got ${kindOf(value)}`
  }
  const { nesting, hasNul } = inspectValue(value)
  if (nesting > MAX_BODY_NESTING) return `${where} nests more than ${MAX_BODY_NESTING} levels deep`
  if (hasNul) return `${where} ${NUL_PROBLEM}`
  return undefined
}
