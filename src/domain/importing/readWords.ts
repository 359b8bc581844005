import nlp from 'compromise'

/** One word of a text as compromise tagged it, with its place in the text. */
export interface Word {
  text: string
  start: number
  end: number
  /** compromise's tags in context: Person, FirstName, Organization, Place, Verb, Determiner … */
  tags: ReadonlySet<string>
  /** Punctuation and spaces printed right before and after the word ('"', ', "'). */
  before: string
  after: string
}

interface Term {
  text: string
  pre: string
  post: string
  tags: string[]
  offset: { start: number; length: number }
}

/** Splits a text into words tagged by compromise (parts of speech, names, places). */
export const readWords = (text: string): Word[] => {
  const sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Term[]
  }>
  return sentences.flatMap((sentence) =>
    sentence.terms
      .filter((term) => term.text !== '')
      .map((term) => ({
        text: term.text,
        start: term.offset.start,
        end: term.offset.start + term.offset.length,
        tags: new Set(term.tags),
        before: term.pre,
        after: term.post,
      })),
  )
}

/** compromise's guess from a first name: "she" for Maria, "he" for Ivan, null when unsure. */
export const presumedPronoun = (name: string): 'he' | 'she' | null => {
  const [person] = nlp(name).people().json() as Array<{ person?: { presumed_gender?: string } }>
  const gender = person?.person?.presumed_gender
  return gender === 'male' ? 'he' : gender === 'female' ? 'she' : null
}
