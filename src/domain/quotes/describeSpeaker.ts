const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that'])
const LEADING_CONJUNCTION = /^(?:but|and|then|meanwhile|however|also)\s+/i
const MAX_WORDS = 8

/**
 * How an attribution describes a speaker it does not name: the words before the speech verb
 * ("One Russian official" described…, "a ministry spokesperson" said) or, with nothing before
 * it, the noun phrase after it (said "a police official"). Null for a pronoun, for a name
 * ("Vladimir Putin" said) and for anything longer than a noun phrase.
 */
export const describeSpeaker = (before: string, after: string): string | null => {
  const subject = before
    .trim()
    .replace(/[,;:]+$/, '')
    .replace(LEADING_CONJUNCTION, '')
    .trim()
  const candidate = subject !== '' ? subject : (after.trim().split(/[,;:]| that /)[0] ?? '').trim()
  const words = candidate.split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > MAX_WORDS) return null
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return null
  if (/["\u201c\u201d]/.test(candidate)) return null
  // Every word capitalised is a name nobody has registered ("Vladimir Putin"), not a description.
  if (words.every((word) => /^\p{Lu}/u.test(word))) return null
  return candidate
}
