import { readFileSync } from 'node:fs'

import { describe, expect, test } from 'vitest'

import { loadSeedRegistry } from '../registry/seedRegistry.testing'
import { parseWirePage } from '../wire/parseWirePage'
import { attributeQuotes } from './attributeQuotes'

const registry = loadSeedRegistry()
const SEED = readFileSync(
  new URL('../../../seed/stories/000_c5d2321bc6b974fc.txt', import.meta.url),
  'utf8',
)
const page = parseWirePage(SEED, { fileName: 'seed.txt' })
const DATE = page.localDateTime.date

describe('attributeQuotes on the seed story', () => {
  const { quotes, scareQuotes, warnings } = attributeQuotes(page.paragraphs, registry, {
    date: DATE,
  })

  test('every quote has the right speaker, in order', () => {
    expect(quotes.map((quote) => [quote.speaker, quote.kind, quote.text.slice(0, 30)])).toEqual([
      ['anders-fogh-rasmussen', 'full', "On missile defense, we don't a"],
      ['anders-fogh-rasmussen', 'full', 'But we all agree that it is im'],
      ['hillary-clinton', 'full', 'It is not about Russia. It is '],
      // "One Russian official described it Thursday as an "anaconda"": nobody named.
      [null, 'partial', 'anaconda'],
      ['sergey-lavrov', 'full', 'Apart from general remarks abo'],
      ['sergey-lavrov', 'continuation', 'Because good intentions come a'],
      ['sergey-lavrov', 'partial', 'respond adequately at every st'],
      ['hillary-clinton', 'full', 'No ally within NATO is going t'],
      ['dmitry-rogozin', 'full', "They can't tell us no for the "],
      ['hillary-clinton', 'full', 'We have explained through mult'],
      ['guido-westerwelle', 'partial', 'mistakes'],
      ['guido-westerwelle', 'partial', 'involved too little in the dis'],
      ['guido-westerwelle', 'full', 'There exists practical coopera'],
    ])
  })

  test.each<[speaker: string, count: number]>([
    ['anders-fogh-rasmussen', 2],
    ['hillary-clinton', 3],
    ['sergey-lavrov', 3],
    ['dmitry-rogozin', 1],
    ['guido-westerwelle', 3],
  ])('%s is quoted %i times', (speaker, count) => {
    expect(quotes.filter((quote) => quote.speaker === speaker)).toHaveLength(count)
  })

  test.each<[index: number, attribution: string]>([
    [
      0,
      'NATO Secretary General Anders Fogh Rasmussen flatly told reporters after a meeting between the 28 ministers and their Russian counterpart, Sergey Lavrov, as cited by DPA',
    ],
    [1, 'he added'],
    [2, 'US Secretary of State Hillary Clinton noted'],
    [3, 'One Russian official described'],
    [4, 'Lavrov said following the Brussels meeting'],
    [5, 'Lavrov said following the Brussels meeting'],
    [7, 'she stated'],
    [8, "Russia's NATO ambassador, Dmitry Rogozin, complained"],
    [9, 'noted the US State Secretary'],
    [12, 'stated Westerwelle'],
  ])('quote %i keeps its attribution as printed', (index, attribution) => {
    expect(quotes[index]?.attribution).toBe(attribution)
  })

  test('offsets point at the quoted words in their paragraph', () => {
    for (const quote of quotes) {
      expect(page.paragraphs[quote.paragraphIndex]?.slice(quote.start, quote.end)).toBe(quote.text)
    }
  })

  test('a phrase in a sentence where nobody speaks is a scare quote, not a quote', () => {
    expect(scareQuotes.map((scare) => scare.text)).toEqual(['agreement on a political framework'])
  })

  test('the quote from an unnamed official keeps how the page describes the speaker', () => {
    expect(quotes[3]).toMatchObject({ speaker: null, speakerDescription: 'One Russian official' })
    expect(quotes.filter((quote) => quote !== quotes[3]).every((quote) => quote.speaker)).toBe(true)
  })

  test('the only warning is that one quote', () => {
    expect(warnings.map((warning) => warning.message)).toEqual([
      'quote from a speaker the page does not name ("One Russian official")',
    ])
  })
})

const summarize = (paragraphs: string[], date = DATE) => {
  const result = attributeQuotes(paragraphs, registry, { date })
  return {
    quotes: result.quotes.map((quote) => `${quote.kind}:${quote.speaker ?? 'null'}`),
    scareQuotes: result.scareQuotes.map((scare) => scare.text),
    warnings: result.warnings.map((warning) => warning.message),
  }
}

const NOTHING = { quotes: [], scareQuotes: [], warnings: [] }

describe('attributeQuotes attribution forms', () => {
  test.each<[label: string, paragraphs: string[], expected: ReturnType<typeof summarize>]>([
    [
      'name then verb',
      ['"We disagree," Lavrov said.'],
      { ...NOTHING, quotes: ['full:sergey-lavrov'] },
    ],
    [
      'verb then name',
      ['"We disagree," stated Westerwelle.'],
      { ...NOTHING, quotes: ['full:guido-westerwelle'] },
    ],
    [
      'verb then title',
      ['"We disagree," noted the US State Secretary.'],
      { ...NOTHING, quotes: ['full:hillary-clinton'] },
    ],
    [
      'title then name',
      ['"We disagree," NATO Secretary General Anders Fogh Rasmussen said.'],
      { ...NOTHING, quotes: ['full:anders-fogh-rasmussen'] },
    ],
    [
      'appositive name',
      ['"No," Russia\'s NATO ambassador, Dmitry Rogozin, complained.'],
      { ...NOTHING, quotes: ['full:dmitry-rogozin'] },
    ],
    [
      'diacritics and case in the name',
      ['"No," SERGÉY Lávrov said.'],
      { ...NOTHING, quotes: ['full:sergey-lavrov'] },
    ],
    [
      'attribution before the quote',
      ['Lavrov said: "We need guarantees."'],
      { ...NOTHING, quotes: ['full:sergey-lavrov'] },
    ],
    [
      '"he added" follows the previous speaker',
      ['"One," Lavrov said.', '"Two," he added.'],
      { ...NOTHING, quotes: ['full:sergey-lavrov', 'full:sergey-lavrov'] },
    ],
    [
      '"she stated" skips a previous speaker of another pronoun',
      ['"One," Lavrov said.', 'Clinton disagreed.', '"Two," she stated.'],
      { ...NOTHING, quotes: ['full:sergey-lavrov', 'full:hillary-clinton'] },
    ],
    [
      '"she said" follows who spoke last outside quotes',
      ['"One," Clinton said.', 'Lavrov said he disagreed.', '"Two," he said.'],
      { ...NOTHING, quotes: ['full:hillary-clinton', 'full:sergey-lavrov'] },
    ],
    [
      '"He added that" after an unattributed quote names its speaker',
      ['"One," Lavrov said.', '"Two." He added that talks would go on.'],
      { ...NOTHING, quotes: ['full:sergey-lavrov', 'full:sergey-lavrov'] },
    ],
    [
      'a paragraph opening on a quote goes on with the last speaker',
      ['"One," Rogozin said.', '"Two."'],
      { ...NOTHING, quotes: ['full:dmitry-rogozin', 'continuation:dmitry-rogozin'] },
    ],
    [
      'a continuation in the same paragraph',
      ['"One," Rogozin said. "Two."'],
      { ...NOTHING, quotes: ['full:dmitry-rogozin', 'continuation:dmitry-rogozin'] },
    ],
    [
      'a title outside its holder’s term is not guessed, only described',
      ['"One," noted the US State Secretary.'],
      {
        ...NOTHING,
        quotes: ['full:null'],
        warnings: ['quote from a speaker the page does not name ("the US State Secretary")'],
      },
    ],
    [
      'an unknown speaker',
      ['"One," Vladimir Putin said.'],
      {
        ...NOTHING,
        quotes: ['full:null'],
        warnings: ['speaker not resolved from "Vladimir Putin said"'],
      },
    ],
    [
      'a pronoun with nobody before it',
      ['"One," he said.'],
      { ...NOTHING, quotes: ['full:null'], warnings: ['speaker not resolved from "he said"'] },
    ],
    [
      'a quote with no attribution at all',
      ['"Nobody should be closing doors."'],
      {
        ...NOTHING,
        quotes: ['full:null'],
        warnings: ['quotation has no attribution; speaker not resolved'],
      },
    ],
    [
      'a phrase an unnamed speaker said is kept with the description',
      ['One official called it an "anaconda" encircling Russia.'],
      {
        ...NOTHING,
        quotes: ['partial:null'],
        warnings: ['quote from a speaker the page does not name ("One official")'],
      },
    ],
    [
      'a full quote from a described speaker',
      ['"Nobody told us," a ministry spokesperson said.'],
      {
        ...NOTHING,
        quotes: ['full:null'],
        warnings: ['quote from a speaker the page does not name ("a ministry spokesperson")'],
      },
    ],
    [
      'a scare quote with no speech verb',
      ['Rasmussen hopes for an "agreement" soon.'],
      { ...NOTHING, scareQuotes: ['agreement'] },
    ],
    [
      'a partial quote attributed to a named speaker',
      ['Westerwelle conceded there were "mistakes" at the start.'],
      { ...NOTHING, quotes: ['partial:guido-westerwelle'] },
    ],
    [
      'an unclosed quotation is reported',
      ['Lavrov said "we will respond'],
      { ...NOTHING, warnings: ['quotation mark never closed; quote not extracted'] },
    ],
    [
      'curly quotation marks',
      ['\u201cWe disagree,\u201d Lavrov said.'],
      { ...NOTHING, quotes: ['full:sergey-lavrov'] },
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(summarize(paragraphs, _label.includes('outside') ? '2014-01-01' : DATE)).toEqual(
      expected,
    )
  })
})
