import { foldText } from '../foldText'
import { findEntitySpans } from '../registry/findEntitySpans'
import { resolveTargets } from '../registry/resolveEntity'
import type { PersonEntry, Pronoun, Registry } from '../registry/types'
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
  previousSpeaker: PersonEntry | null
}

const PRONOUN_PHRASE = /^(?:but |and |then )?(he|she|they)$/

/** People named in a text, via their names or (on the date) their job titles, in order. */
const peopleIn = (text: string, context: Context): Array<{ start: number; person: PersonEntry }> =>
  findEntitySpans(text, context.registry).flatMap((span) => {
    const resolved = resolveTargets(span.text, span.targets, { date: context.date })
    if (resolved.kind === 'person') return [{ start: span.start, person: resolved.entry }]
    if (resolved.kind === 'position' && resolved.holder)
      return [{ start: span.start, person: resolved.holder }]
    return []
  })

/** "he"/"she": the previous speaker if the pronoun fits, else the last person named who fits. */
const resolvePronoun = (
  pronoun: Pronoun,
  paragraphIndex: number,
  at: number,
  context: Context,
): PersonEntry | null => {
  const previous = context.previousSpeaker
  if (previous?.pronoun === pronoun) return previous
  const earlier = context.mentions.filter(
    (mention) =>
      mention.paragraphIndex < paragraphIndex ||
      (mention.paragraphIndex === paragraphIndex && mention.start < at),
  )
  const lastFitting = earlier.reverse().find((mention) => mention.person.pronoun === pronoun)
  return lastFitting?.person ?? previous
}

/**
 * The speaker named in an attribution clause: the person nearest the speech verb, before it
 * ("Lavrov said") or, if nothing precedes the verb, after it ("noted the US State Secretary").
 */
const speakerInClause = (
  clause: string,
  clauseStart: number,
  paragraphIndex: number,
  context: Context,
): { person: PersonEntry | null; hasVerb: boolean } => {
  const verb = findSpeechVerb(clause)
  if (!verb) return { person: null, hasVerb: false }
  const before = clause.slice(0, verb.index)
  const pronoun = PRONOUN_PHRASE.exec(foldText(before.replace(/[,;]/g, ' ')))?.[1] as
    Pronoun | undefined
  if (pronoun)
    return { person: resolvePronoun(pronoun, paragraphIndex, clauseStart, context), hasVerb: true }
  if (before.trim() !== '')
    return { person: peopleIn(before, context).at(-1)?.person ?? null, hasVerb: true }
  return { person: peopleIn(clause.slice(verb.index), context)[0]?.person ?? null, hasVerb: true }
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

const ENDS_LIKE_A_SENTENCE = /(?:[.!?,]|\.\.\.|\u2026)$/

/**
 * Extracts the quotations in an article body and attributes each to a registry person:
 * `"…," Lavrov said`, `"…," he added`, `"…," noted the US State Secretary` (via the position
 * held on `date`), a further quoted sentence after an attributed one, and `X said: "…"`.
 * A quotation whose speaker cannot be resolved keeps speaker null and gets a warning.
 */
export const attributeQuotes = (
  paragraphs: string[],
  registry: Registry,
  options: { date: string },
): AttributedQuotes => {
  const context: Context = { registry, date: options.date, mentions: [], previousSpeaker: null }
  context.mentions = paragraphs.flatMap((paragraph, paragraphIndex) =>
    peopleIn(paragraph, context).map(({ start, person }) => ({ paragraphIndex, start, person })),
  )
  const result: AttributedQuotes = { quotes: [], scareQuotes: [], warnings: [] }

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
        if (trailing?.hasVerb) {
          quote = {
            ...base,
            speaker: trailing.person?.key ?? null,
            attribution: after,
            kind: 'full',
          }
          if (trailing.person) context.previousSpeaker = trailing.person
        } else if (leading?.hasVerb) {
          const attribution = lead.trim().replace(/[:,]$/, '')
          quote = { ...base, speaker: leading.person?.key ?? null, attribution, kind: 'full' }
          if (leading.person) context.previousSpeaker = leading.person
        } else if (previousInParagraph && after === '') {
          // A further quoted sentence in the same paragraph continues the same speaker.
          const { speaker, attribution } = previousInParagraph
          quote = { ...base, speaker, attribution, kind: 'continuation' }
        } else {
          quote = { ...base, speaker: null, attribution: after === '' ? null : after, kind: 'full' }
        }
      } else {
        // A phrase inside a sentence is kept as a partial quote only when the sentence attributes
        // it to a resolvable person; otherwise it is a scare quote ("anaconda").
        const sentence = paragraph.slice(sentenceStart, sentenceEnd)
        const outside = sentence.replace(
          /["\u201c\u201d][^"\u201c\u201d]*["\u201c\u201d]/g,
          (quoted) => ' '.repeat(quoted.length),
        )
        const attributed = speakerInClause(outside, sentenceStart, paragraphIndex, context)
        if (attributed.person) {
          const verb = findSpeechVerb(outside)
          const attribution = outside.slice(0, (verb?.index ?? 0) + (verb?.verb.length ?? 0)).trim()
          quote = { ...base, speaker: attributed.person.key, attribution, kind: 'partial' }
          context.previousSpeaker = attributed.person
        } else {
          result.scareQuotes.push(base)
        }
      }

      if (quote) {
        if (quote.speaker === null) {
          result.warnings.push({
            ...base,
            message: quote.attribution
              ? `speaker not resolved from "${quote.attribution}"`
              : 'quotation has no attribution; speaker not resolved',
          })
        }
        result.quotes.push(quote)
        previousInParagraph = quote
      }
    })
  })
  return result
}
