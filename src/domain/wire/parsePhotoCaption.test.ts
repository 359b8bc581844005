import { describe, expect, test } from 'vitest'

import { parsePhotoCaption } from './parsePhotoCaption'

const SEED_CAPTION =
  'US Secretary of State Hillary Clinton and British Foreign Secretary William Hague (L) during a NATO Foreign Ministers council at NATO headquarters, in Brussels, 08 December 2011. EPA/BGNES'

const CASES: Array<
  [label: string, paragraph: string, expected: ReturnType<typeof parsePhotoCaption>]
> = [
  [
    'the seed caption credits two agencies',
    SEED_CAPTION,
    {
      caption:
        'US Secretary of State Hillary Clinton and British Foreign Secretary William Hague (L) during a NATO Foreign Ministers council at NATO headquarters, in Brussels, 08 December 2011.',
      creditLine: 'EPA/BGNES',
      agencies: ['EPA', 'BGNES'],
    },
  ],
  [
    'a single agency',
    'Sergey Lavrov in Brussels. BGNES',
    { caption: 'Sergey Lavrov in Brussels.', creditLine: 'BGNES', agencies: ['BGNES'] },
  ],
  [
    'a spaced slash',
    'Brussels, 8 December 2011. EPA / BGNES',
    {
      caption: 'Brussels, 8 December 2011.',
      creditLine: 'EPA / BGNES',
      agencies: ['EPA', 'BGNES'],
    },
  ],
  [
    'a "Photo:" prefix',
    'The summit venue. Photo: BTA',
    { caption: 'The summit venue.', creditLine: 'Photo: BTA', agencies: ['BTA'] },
  ],
  [
    'a caption ending in a parenthesis',
    'Hague (L) and Clinton (R) EPA',
    { caption: 'Hague (L) and Clinton (R)', creditLine: 'EPA', agencies: ['EPA'] },
  ],
  [
    'an agency photographer',
    'Angela Merkel arrives in Brussels, 30 January 2012. AP Photo/Virginia Mayo',
    {
      caption: 'Angela Merkel arrives in Brussels, 30 January 2012.',
      creditLine: 'AP Photo/Virginia Mayo',
      agencies: ['AP'],
    },
  ],
  [
    'a hyphenated agency before another',
    'Protesters in Athens, 18 October 2012. ANA-MPA/EPA',
    {
      caption: 'Protesters in Athens, 18 October 2012.',
      creditLine: 'ANA-MPA/EPA',
      agencies: ['ANA-MPA', 'EPA'],
    },
  ],
  ['a body sentence ending in a name', 'The offer was rejected, stated Westerwelle.', null],
  [
    'a body sentence ending in an acronym without a full stop before it',
    'Moscow insisted on a say in NATO',
    null,
  ],
  ['a mixed-case last word', 'It was cold in Brussels. Reuters', null],
]

describe('parsePhotoCaption', () => {
  test.each(CASES)('%s', (_label, paragraph, expected) => {
    expect(parsePhotoCaption(paragraph)).toEqual(expected)
  })
})
