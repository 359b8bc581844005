import { foldText } from '../foldText'
import { findEntitySpans } from '../registry/findEntitySpans'
import { resolveTargets } from '../registry/resolveEntity'
import type { PersonEntry, Pronoun, Registry } from '../registry/types'
import { describeSpeaker } from './describeSpeaker'
import { findQuotedSpans } from './findQuotedSpans'
import type { QuotedSpan } from './findQuotedSpans'
import { findSpeechVerb } from './findSpeechVerb'
import { sentenceAround } from './sentenceBounds'
import type { AttributedQuotes, Quote } from './types'

interface PersonMention {
  paragraphIndex: number
  start: number
  person: PersonEntry
}

interface Context {
  registry: Registry
  date: string
  mentions: PersonMention[]
  /** Who spoke where, in text order: quoted speakers and "X said …" outside quotes. */
  speeches: PersonMention[]
}

const PRONOUN_PHRASE = /^(?:but |and |then )?(he|she|they)$/
// "He added that…", "She later said…": a pronoun and, a word or two on, a speech verb.
const PRONOUN_SPEECH = /^(?:but |and |then )?(he|she|they) ((?:\w+ ){0,1}\w+)/

/** People named in a text, via their names or (on the date) their job titles, in order. */
const peopleIn = (text: string, context: Context): Array<{ start: number; person: PersonEntry }> =>
  findEntitySpans(text, context.registry).flatMap((span) => {
    const resolved = resolveTargets(span.text, span.targets, { date: context.date })
    if (resolved.kind === 'person') return [{ start: span.start, person: resolved.entry }]
    if (resolved.kind === 'position' && resolved.holder)
      return [{ start: span.start, person: resolved.holder }]
    return []
  })

const isBefore = (mention: PersonMention, paragraphIndex: number, at: number): boolean =>
  mention.paragraphIndex < paragraphIndex ||
  (mention.paragraphIndex === paragraphIndex && mention.start < at)

/** A person whose pronoun is unknown may be "he" or "she"; a known one must match. */
const fits = (person: PersonEntry, pronoun: Pronoun): boolean =>
  person.pronoun === null || person.pronoun === pronoun

/**
 * "he"/"she": the last person who spoke before it (quoted, or "X said" outside quotes) and fits
 * the pronoun, else the last person named before it who fits.
 */
const resolvePronoun = (
  pronoun: Pronoun,
  paragraphIndex: number,
  at: number,
  context: Context,
): PersonEntry | null => {
  const latestFitting = (mentions: PersonMention[]) =>
    mentions
      .filter((mention) => isBefore(mention, paragraphIndex, at) && fits(mention.person, pronoun))
      .sort((a, b) => a.paragraphIndex - b.paragraphIndex || a.start - b.start)
      .at(-1)?.person ?? null
  return latestFitting(context.speeches) ?? latestFitting(context.mentions)
}

interface Speaker {
  person: PersonEntry | null
  hasVerb: boolean
  /** How the clause describes a speaker it does not name. */
  description: string | null
}

/**
 * The speaker named in an attribution clause: the person nearest the speech verb, before it
 * ("Lavrov said") or, if nothing precedes the verb, after it ("noted the US State Secretary").
 * With nobody named, the words that describe the speaker ("One Russian official").
 */
const speakerInClause = (
  clause: string,
  clauseStart: number,
  paragraphIndex: number,
  context: Context,
): Speaker => {
  const verb = findSpeechVerb(clause)
  if (!verb) return { person: null, hasVerb: false, description: null }
  const before = clause.slice(0, verb.index)
  const after = clause.slice(verb.index + verb.verb.length)
  const pronoun = PRONOUN_PHRASE.exec(foldText(before.replace(/[,;]/g, ' ')))?.[1] as
    Pronoun | undefined
  if (pronoun) {
    const person = resolvePronoun(pronoun, paragraphIndex, clauseStart, context)
    return { person, hasVerb: true, description: null }
  }
  const person =
    before.trim() !== ''
      ? (peopleIn(before, context).at(-1)?.person ?? null)
      : (peopleIn(clause.slice(verb.index), context)[0]?.person ?? null)
  return { person, hasVerb: true, description: person ? null : describeSpeaker(before, after) }
}

/** Text after a closing quote up to the end of its sentence or the next quotation. */
const clauseAfter = (
  paragraph: string,
  closeAt: number,
  sentenceEnd: number,
  nextOpenAt: number,
): string =>
  paragraph
    .slice(closeAt + 1, Math.min(sentenceEnd, nextOpenAt))
    .trim()
    .replace(/[.!?,;:]+$/, '')

/** "He added that …" opening the next sentence names the quote's speaker by pronoun. */
const speakerInNextSentence = (
  paragraph: string,
  sentenceEnd: number,
  paragraphIndex: number,
  context: Context,
): { person: PersonEntry; attribution: string } | null => {
  const next = paragraph.slice(sentenceEnd)
  const match = PRONOUN_SPEECH.exec(foldText(next))
  if (!match?.[1] || !match[2] || !findSpeechVerb(match[2])) return null
  // The sentence opens with the pronoun and its verb: the attribution is those words.
  const person = resolvePronoun(match[1] as Pronoun, paragraphIndex, sentenceEnd, context)
  return person ? { person, attribution: next.slice(0, match[0].length) } : null
}

const ENDS_LIKE_A_SENTENCE = /(?:[.!?,]|\.\.\.|\u2026)$/

// A speech verb a few words after a name, outside quotes: "Nicolini said the island…".
const INDIRECT_SPEECH_GAP = /^[\s\p{L}'’-]{0,24}$/u

/** Everyone who speaks outside quotation marks ("Clinton said it was unreasonable"). */
const indirectSpeeches = (paragraphs: string[], context: Context): PersonMention[] =>
  paragraphs.flatMap((paragraph, paragraphIndex) => {
    const { spans } = findQuotedSpans(paragraph)
    const isQuoted = (at: number) => spans.some((span) => at > span.openAt && at < span.closeAt)
    return findEntitySpans(paragraph, context.registry).flatMap((span) => {
      if (isQuoted(span.start)) return []
      const rest = paragraph.slice(span.end)
      const verb = findSpeechVerb(rest)
      if (!verb || !INDIRECT_SPEECH_GAP.test(rest.slice(0, verb.index))) return []
      const [person] = peopleIn(paragraph.slice(span.start, span.end), context)
      return person ? [{ paragraphIndex, start: span.start, person: person.person }] : []
    })
  })

/**
 * Extracts the quotations in an article body and attributes each to a registry person:
 * `"…," Lavrov said`, `"…," he added`, `"…," noted the US State Secretary` (via the position
 * held on `date`), a further quoted sentence after an attributed one (in the same paragraph, or
 * opening the next), `X said: "…"`, and `"…." He added that…`. A quotation whose speaker the page
 * does not name keeps speaker null and the words that describe the speaker ("One Russian
 * official"), and gets a warning; nothing is guessed.
 */
export const attributeQuotes = (
  paragraphs: string[],
  registry: Registry,
  options: { date: string },
): AttributedQuotes => {
  const context: Context = { registry, date: options.date, mentions: [], speeches: [] }
  context.mentions = paragraphs.flatMap((paragraph, paragraphIndex) =>
    peopleIn(paragraph, context).map(({ start, person }) => ({ paragraphIndex, start, person })),
  )
  context.speeches = indirectSpeeches(paragraphs, context)
  const result: AttributedQuotes = { quotes: [], scareQuotes: [], warnings: [] }
  let lastQuoteOfPreviousParagraph: Quote | null = null

  paragraphs.forEach((paragraph, paragraphIndex) => {
    const { spans, unclosedAt } = findQuotedSpans(paragraph)
    if (unclosedAt !== null) {
      result.warnings.push({
        paragraphIndex,
        start: unclosedAt,
        end: paragraph.length,
        message: 'quotation mark never closed; quote not extracted',
        text: paragraph.slice(unclosedAt),
      })
    }
    let previousInParagraph: Quote | null = null

    spans.forEach((span: QuotedSpan, spanIndex) => {
      const start = span.openAt + 1
      const end = span.closeAt
      const text = paragraph.slice(start, end)
      const [sentenceStart, sentenceEnd] = sentenceAround(paragraph, spans, span.openAt)
      const lead = paragraph.slice(sentenceStart, span.openAt)
      const isLedByAttribution = /[:,]\s*$/.test(lead) && findSpeechVerb(lead) !== null
      const isFull =
        (lead.trim() === '' || isLedByAttribution) && ENDS_LIKE_A_SENTENCE.test(text.trim())
      const base = { text, paragraphIndex, start, end }
      let quote: Quote | null = null

      if (isFull) {
        const nextOpenAt = spans[spanIndex + 1]?.openAt ?? paragraph.length
        const after = clauseAfter(paragraph, span.closeAt, sentenceEnd, nextOpenAt)
        const afterStart = span.closeAt + 1
        const trailing =
          after === '' ? null : speakerInClause(after, afterStart, paragraphIndex, context)
        const leading = isLedByAttribution
          ? speakerInClause(lead, sentenceStart, paragraphIndex, context)
          : null
        const opensParagraph = span.openAt === 0 && spanIndex === 0
        if (trailing?.hasVerb) {
          quote = {
            ...base,
            speaker: trailing.person?.key ?? null,
            speakerDescription: trailing.description,
            attribution: after,
            kind: 'full',
          }
        } else if (leading?.hasVerb) {
          const attribution = lead.trim().replace(/[:,]$/, '')
          quote = {
            ...base,
            speaker: leading.person?.key ?? null,
            speakerDescription: leading.description,
            attribution,
            kind: 'full',
          }
        } else if (previousInParagraph && after === '') {
          // A further quoted sentence in the same paragraph continues the same speaker.
          const { speaker, speakerDescription, attribution } = previousInParagraph
          quote = { ...base, speaker, speakerDescription, attribution, kind: 'continuation' }
        } else {
          const next =
            after === ''
              ? speakerInNextSentence(paragraph, sentenceEnd, paragraphIndex, context)
              : null
          const carried = opensParagraph && after === '' ? lastQuoteOfPreviousParagraph : null
          if (next) {
            quote = {
              ...base,
              speaker: next.person.key,
              speakerDescription: null,
              attribution: next.attribution,
              kind: 'full',
            }
          } else if (carried?.speaker) {
            // A paragraph opening on a quote with no attribution goes on with the last speaker.
            const { speaker, attribution } = carried
            quote = {
              ...base,
              speaker,
              speakerDescription: null,
              attribution,
              kind: 'continuation',
            }
          } else {
            quote = {
              ...base,
              speaker: null,
              speakerDescription: null,
              attribution: after === '' ? null : after,
              kind: 'full',
            }
          }
        }
      } else {
        // A phrase inside a sentence is a partial quote when the sentence says who said it, by
        // name or by description ("One Russian official described it as an "anaconda"");
        // otherwise it is a scare quote.
        const sentence = paragraph.slice(sentenceStart, sentenceEnd)
        const outside = sentence.replace(
          /["\u201c\u201d][^"\u201c\u201d]*["\u201c\u201d]/g,
          (quoted) => ' '.repeat(quoted.length),
        )
        const attributed = speakerInClause(outside, sentenceStart, paragraphIndex, context)
        const verb = findSpeechVerb(outside)
        const attribution = outside.slice(0, (verb?.index ?? 0) + (verb?.verb.length ?? 0)).trim()
        if (attributed.person) {
          quote = {
            ...base,
            speaker: attributed.person.key,
            speakerDescription: null,
            attribution,
            kind: 'partial',
          }
        } else if (attributed.description) {
          quote = {
            ...base,
            speaker: null,
            speakerDescription: attributed.description,
            attribution,
            kind: 'partial',
          }
        } else {
          result.scareQuotes.push(base)
        }
      }

      if (quote) {
        if (quote.speaker !== null) {
          const person = context.mentions.find((mention) => mention.person.key === quote.speaker)
          if (person) context.speeches.push({ paragraphIndex, start, person: person.person })
          else {
            const entry = registry.people.find((candidate) => candidate.key === quote.speaker)
            if (entry) context.speeches.push({ paragraphIndex, start, person: entry })
          }
        } else {
          result.warnings.push({
            ...base,
            message: quote.speakerDescription
              ? `quote from a speaker the page does not name ("${quote.speakerDescription}")`
              : quote.attribution
                ? `speaker not resolved from "${quote.attribution}"`
                : 'quotation has no attribution; speaker not resolved',
          })
        }
        result.quotes.push(quote)
        previousInParagraph = quote
      }
    })
    if (previousInParagraph) lastQuoteOfPreviousParagraph = previousInParagraph
    else if (paragraph.trim() !== '') lastQuoteOfPreviousParagraph = null
  })
  return result
}
