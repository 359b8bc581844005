/**
 * A quotation found in the body. `start`/`end` are offsets of the quoted words (without the
 * quotation marks) in paragraph `paragraphIndex`, so `paragraph.slice(start, end) === text`.
 */
export interface Quote {
  text: string
  /** Registry person key, or null when the page names nobody (never guessed). */
  speaker: string | null
  /**
   * How the page describes a speaker it does not name ("One Russian official", "a ministry
   * spokesperson"); null when it names one, or describes nobody.
   */
  speakerDescription: string | null
  paragraphIndex: number
  start: number
  end: number
  /** The attribution words as printed ("Lavrov said following the Brussels meeting"), or null. */
  attribution: string | null
  /** full: a quoted sentence; continuation: a further sentence by the same speaker; partial: a phrase. */
  kind: 'full' | 'continuation' | 'partial'
}

/** A quoted phrase in a sentence where nobody says anything ("so-called "reset""): a scare quote. */
export interface ScareQuote {
  text: string
  paragraphIndex: number
  start: number
  end: number
}

export interface QuoteWarning {
  paragraphIndex: number
  start: number
  end: number
  message: string
  text: string
}

export interface AttributedQuotes {
  quotes: Quote[]
  scareQuotes: ScareQuote[]
  warnings: QuoteWarning[]
}
