import { describe, expect, test } from 'vitest'

import { assertWellFormed } from './readBack.testing'
import { element, renderXml, textElement, xmlText } from './xml'

describe('xmlText', () => {
  test.each([
    ['plain words', 'plain words'],
    ['NATO & Russia <at odds>', 'NATO &amp; Russia &lt;at odds&gt;'],
    [`"shield" isn't`, '&quot;shield&quot; isn&#39;t'],
    ['tab\tnew line\ncarriage\r', 'tab\tnew line\ncarriage\r'],
    ['bell\u0007 form feed\u000c null\u0000', 'bell form feed null'],
    ['lone surrogate \ud800 and U+FFFE \ufffe', 'lone surrogate  and U+FFFE '],
    ['Sofia — “quoted” 😀', 'Sofia — “quoted” 😀'],
    ['', ''],
  ])('%j becomes %j', (text, expected) => {
    expect(xmlText(text)).toBe(expected)
  })
})

describe('renderXml', () => {
  test.each([
    ['an empty element closes itself', element('br'), '<br/>'],
    [
      'attributes in order, undefined ones left out, values escaped',
      element('a', { href: 'https://x.org/?a=1&b="2"', title: undefined, n: 3 }),
      '<a href="https://x.org/?a=1&amp;b=&quot;2&quot;" n="3"/>',
    ],
    ['text stays on the line', element('title', {}, ['A & B']), '<title>A &amp; B</title>'],
    [
      'elements holding elements are indented, undefined children left out',
      element('item', {}, [textElement('title', 'T'), undefined, textElement('empty', '')]),
      '<item>\n  <title>T</title>\n</item>',
    ],
    [
      'nested deeper',
      element('a', {}, [element('b', {}, [element('c')])]),
      '<a>\n  <b>\n    <c/>\n  </b>\n</a>',
    ],
  ])('%s', (_name, root, expected) => {
    expect(renderXml(root)).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n${expected}\n`)
  })
})

describe('what renderXml makes, libxml2 reads', () => {
  test('a document with every kind of hostile text is well-formed', async () => {
    const hostile = 'A & B <c> "d" \'e\' \u0000\u0007 \ud800 ]]> 😀'
    await assertWellFormed(
      renderXml(element('root', { title: hostile }, [element('text', {}, [hostile])])),
    )
  })

  test('a broken document is caught (the check can fail)', async () => {
    await expect(assertWellFormed('<a><b></a>')).rejects.toThrow(/not well-formed/)
  })
})
