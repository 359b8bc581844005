export interface GuideExample {
  name: string
  query: string
  /** From the ```json block right after the query, when there is one. */
  variables: Record<string, unknown>
}

const EXAMPLE =
  /<!--\s*example:\s*([\w-]+)\s*-->\s*```graphql\n([\s\S]*?)```(?:\s*```json\n([\s\S]*?)```)?/g

/**
 * The runnable examples of a guide: each ```graphql block preceded by `<!-- example: name -->`,
 * with the variables of a ```json block that follows it directly.
 */
export const guideExamples = (markdown: string): GuideExample[] =>
  [...markdown.matchAll(EXAMPLE)].map(([, name, query, variables]) => ({
    name: name!,
    query: query!,
    variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : {},
  }))

/** The text of the fenced block of a given language that follows `<!-- file: path -->`. */
export const guideFileBlock = (markdown: string, file: string): string | undefined => {
  const marker = `<!-- file: ${file} -->`
  const start = markdown.indexOf(marker)
  if (start === -1) return undefined
  return /```\w*\n([\s\S]*?)```/.exec(markdown.slice(start + marker.length))?.[1]
}
