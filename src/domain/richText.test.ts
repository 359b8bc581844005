import { describe, expect, test } from 'vitest'

import { isRichTextEmpty, paragraphsFromRichText, richTextFromParagraphs } from './richText'
import type { RichTextDocument } from './richText'

const CASES: Array<[string, string[]]> = [
  ['one paragraph', ['NATO Foreign Ministers have failed to make headway.']],
  [
    'several paragraphs in order',
    ['First.', 'Second, with "quotes".', 'Third … and a no-break\u00a0space.'],
  ],
  ['no paragraphs', []],
]

describe('rich text from plain paragraphs and back', () => {
  test.each(CASES)('%s survives the round trip', (_name, paragraphs) => {
    expect(paragraphsFromRichText(richTextFromParagraphs(paragraphs))).toEqual(paragraphs)
  })
})

const EMPTY_CASES: Array<[string, RichTextDocument | null | undefined, boolean]> = [
  ['null', null, true],
  ['undefined', undefined, true],
  ['no blocks', richTextFromParagraphs([]), true],
  ['only blank blocks', richTextFromParagraphs(['', '   ']), true],
  ['one word', richTextFromParagraphs(['Moscow']), false],
]

describe('isRichTextEmpty', () => {
  test.each(EMPTY_CASES)('%s is empty: %s', (_name, document, expected) => {
    expect(isRichTextEmpty(document)).toBe(expected)
  })
})

test('nested inline nodes (a link inside a paragraph) are read as plain text', () => {
  const document: RichTextDocument = {
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [
            { type: 'text', version: 1, text: 'Read ' },
            {
              type: 'link',
              version: 1,
              children: [{ type: 'text', version: 1, text: 'the report' }],
            },
            { type: 'text', version: 1, text: '.' },
          ],
        },
      ],
    },
  }
  expect(paragraphsFromRichText(document)).toEqual(['Read the report.'])
})
