import { describe, expect, test } from 'vitest'

import { quotedParagraphs } from './quotedParagraphs'
import type { StoryQuote } from './types'

const LAVROV = { name: 'Sergey Lavrov', slug: 'sergey-lavrov' }
const PARAGRAPH = '"We need guarantees," Lavrov said. "Good intentions come and go."'

const CASES: Array<
  [label: string, paragraphs: string[], quotes: StoryQuote[], expected: string[]]
> = [
  [
    'a quote at its offsets cites its speaker',
    [PARAGRAPH],
    [{ text: 'We need guarantees,', speaker: LAVROV, paragraphIndex: 0, start: 1, end: 20 }],
    [
      '<p>&quot;<q cite="/people/sergey-lavrov" data-speaker="Sergey Lavrov">We need guarantees,</q>&quot; Lavrov said. &quot;Good intentions come and go.&quot;</p>',
    ],
  ],
  [
    'two quotes in one paragraph, in reading order',
    [PARAGRAPH],
    [
      { text: 'Good intentions come and go.', paragraphIndex: 0, start: 36, end: 64 },
      { text: 'We need guarantees,', speaker: LAVROV, paragraphIndex: 0, start: 1, end: 20 },
    ],
    [
      '<p>&quot;<q cite="/people/sergey-lavrov" data-speaker="Sergey Lavrov">We need guarantees,</q>&quot; Lavrov said. &quot;<q>Good intentions come and go.</q>&quot;</p>',
    ],
  ],
  [
    'stale offsets: the words are found where they are now',
    ['Edited. ' + PARAGRAPH],
    [{ text: 'We need guarantees,', speaker: LAVROV, paragraphIndex: 0, start: 1, end: 20 }],
    [
      '<p>Edited. &quot;<q cite="/people/sergey-lavrov" data-speaker="Sergey Lavrov">We need guarantees,</q>&quot; Lavrov said. &quot;Good intentions come and go.&quot;</p>',
    ],
  ],
  [
    'words no longer in the paragraph are not marked',
    ['The minister left without comment.'],
    [{ text: 'We need guarantees,', speaker: LAVROV, paragraphIndex: 0, start: 1, end: 20 }],
    ['<p>The minister left without comment.</p>'],
  ],
  [
    'a quote is looked for in its own paragraph only',
    ['No quote here.', 'Said: "yes".'],
    [{ text: 'yes', paragraphIndex: 0 }],
    ['<p>No quote here.</p>', '<p>Said: &quot;yes&quot;.</p>'],
  ],
  [
    'overlapping quotes: the first is kept',
    ['"abc def"'],
    [
      { text: 'abc def', paragraphIndex: 0, start: 1, end: 8 },
      { text: 'def', paragraphIndex: 0, start: 5, end: 8 },
    ],
    ['<p>&quot;<q>abc def</q>&quot;</p>'],
  ],
  [
    'hostile text is escaped inside and around the quote',
    ['<b>"<i>x</i>"</b>'],
    [{ text: '<i>x</i>', paragraphIndex: 0 }],
    ['<p>&lt;b&gt;&quot;<q>&lt;i&gt;x&lt;/i&gt;</q>&quot;&lt;/b&gt;</p>'],
  ],
]

describe('quotedParagraphs', () => {
  test.each(CASES)('%s', (_label, paragraphs, quotes, expected) => {
    expect(quotedParagraphs(paragraphs, quotes).map((paragraph) => paragraph.value)).toEqual(
      expected,
    )
  })
})
