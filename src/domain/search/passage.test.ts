import { describe, expect, it } from 'vitest'

import { findPassage } from './passage'

const BODY =
  'NATO Foreign Ministers have failed to make headway with Russia over the planned missile shield. ' +
  'Talks in Brussels went on late into the night, officials said. ' +
  'Sergey Lavrov, the Russian foreign minister, said Moscow wanted guarantees, not promises, before the elections.'

describe('the passage a results page shows', () => {
  it.each([
    {
      name: 'marks the matched words in the body, in context',
      fields: { headline: 'NATO, Russia at odds', body: BODY },
      words: ['lavrov', 'guarantees'],
      field: 'body',
      html: '…the planned missile shield. Talks in Brussels went on late into the night, officials said. Sergey <mark>Lavrov</mark>, the Russian foreign minister, said Moscow wanted <mark>guarantees</mark>, not promises, before the elections.',
    },
    {
      name: 'matches by stem: "election" marks "elections"',
      fields: { body: 'Before the elections, Moscow waited.' },
      words: ['election'],
      field: 'body',
      html: 'Before the <mark>elections</mark>, Moscow waited.',
    },
    {
      name: 'matches folded: "erdogan" marks "Erdoğan"',
      fields: { body: 'Erdoğan spoke.' },
      words: ['erdogan'],
      field: 'body',
      html: '<mark>Erdoğan</mark> spoke.',
    },
    {
      name: 'prefers the field with the most distinct words',
      fields: { body: 'The alliance met.', names: 'Sergey Lavrov | Sergei Lavrov | NATO' },
      words: ['sergei', 'nato'],
      field: 'names',
      // Sergey and Sergei share their Porter stem, as the engines' index has it.
      html: '<mark>Sergey</mark> Lavrov | <mark>Sergei</mark> Lavrov | <mark>NATO</mark>',
    },
    {
      name: 'prefers the body over the headline on a tie',
      fields: { headline: 'Shield talks', body: 'The shield was discussed.' },
      words: ['shield'],
      field: 'body',
      html: 'The <mark>shield</mark> was discussed.',
    },
    {
      name: 'escapes the text around the marks',
      fields: { body: 'A <script> & "quotes" for NATO' },
      words: ['nato'],
      field: 'body',
      html: 'A &lt;script&gt; &amp; &quot;quotes&quot; for <mark>NATO</mark>',
    },
    {
      name: "shows the body's start, unmarked, when no word is found (an engine stemmed otherwise)",
      fields: { body: 'Talks went on.' },
      words: ['absent'],
      field: 'body',
      html: 'Talks went on.',
    },
  ])('$name', ({ fields, words, field, html }) => {
    const passage = findPassage(fields, words)
    expect(passage?.field).toBe(field)
    expect(passage?.html).toBe(html)
    expect(passage?.text).toBe(
      html
        .replace(/<\/?mark>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"'),
    )
  })

  it('cuts a long text to about thirty words around the matches', () => {
    const long = Array.from({ length: 200 }, (_, index) => `w${index}`).join(' ')
    const passage = findPassage({ body: `${long} target ${long}` }, ['target'])!
    expect(passage.text.startsWith('…w195 ')).toBe(true)
    expect(passage.text.endsWith('…')).toBe(true)
    expect(passage.text.split(' ')).toHaveLength(30)
  })

  it('is null for a story with no text', () => {
    expect(findPassage({ headline: '  ', body: null }, ['nato'])).toBeNull()
  })
})
