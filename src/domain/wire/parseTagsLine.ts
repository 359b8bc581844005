const TAGS_LINE = /^Tags ?: ?(?<list>.*)$/i

/** True when the line is the page's "Tags:" line. */
export const isTagsLine = (line: string): boolean => TAGS_LINE.test(line)

/** "Tags: a, b, a ,c" → ["a", "b", "c"]: trimmed, empties dropped, exact repeats removed. */
export const parseTagsLine = (line: string): string[] => {
  const list = TAGS_LINE.exec(line)?.groups?.list ?? ''
  const tags = list
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '')
  return [...new Set(tags)]
}
