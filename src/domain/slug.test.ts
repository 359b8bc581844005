import { describe, expect, test } from 'vitest'

import { slugify } from './slug'

const CASES: Array<[label: string, input: string, expected: string]> = [
  [
    'a headline',
    'NATO, Russia Still at Odds over Missile Shield in Europe',
    'nato-russia-still-at-odds-over-missile-shield-in-europe',
  ],
  ['diacritics are stripped', 'Sergéy Lávrov in Zürich', 'sergey-lavrov-in-zurich'],
  [
    'letters NFD keeps are spelled in ASCII',
    'Lars Løkke Rasmussen, Łódź, Straße',
    'lars-lokke-rasmussen-lodz-strasse',
  ],
  ['apostrophes do not split words', "Russia's NATO ambassador", 'russias-nato-ambassador'],
  ['curly apostrophes too', 'Alliance\u2019s summit', 'alliances-summit'],
  ['runs of punctuation become one hyphen', 'Missile -- shield!!  2012', 'missile-shield-2012'],
  ['no leading or trailing hyphens', '  «Quoted»  ', 'quoted'],
  ['no-break spaces are separators', 'NATO\u00a0Russia', 'nato-russia'],
  ['nothing sluggable gives an empty slug', '!!!', ''],
]

describe('slugify', () => {
  test.each(CASES)('%s', (_label, input, expected) => {
    expect(slugify(input)).toBe(expected)
  })
})
