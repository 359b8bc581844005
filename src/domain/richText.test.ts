import { describe, expect, test } from 'vitest'

import {
  isRichTextEmpty,
  paragraphsFromRichText,
  richTextFromParagraphs,
  uploadsInRichText,
} from './richText'
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

const upload = (value: unknown, relationTo = 'media') => ({
  type: 'upload',
  version: 3,
  relationTo,
  value,
  fields: null,
  format: '',
})

const UPLOAD_CASES: Array<[label: string, children: unknown[], expected: Array<number | string>]> =
  [
    ['no images', [{ type: 'paragraph', version: 1, children: [] }], []],
    ['an image by id', [upload(7)], [7]],
    ['an image read at depth (the document)', [upload({ id: 7, alt: 'x' })], [7]],
    ['the same image twice, once', [upload(7), upload(7)], [7]],
    [
      'images in order, nested in a list item',
      [upload(3), { type: 'list', version: 1, children: [upload(9)] }],
      [3, 9],
    ],
    ['an upload of another collection', [upload(4, 'documents')], []],
    ['a text id (MongoDB)', [upload('6650f0c2a1b2c3d4e5f60718')], ['6650f0c2a1b2c3d4e5f60718']],
  ]

test.each(UPLOAD_CASES)('uploadsInRichText: %s', (_label, children, expected) => {
  const document = {
    root: { type: 'root', version: 1, children },
  } as unknown as RichTextDocument
  expect(uploadsInRichText(document, 'media')).toEqual(expected)
})

test('uploadsInRichText of nothing is nothing', () => {
  expect(uploadsInRichText(null, 'media')).toEqual([])
})
