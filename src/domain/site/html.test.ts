import { describe, expect, test } from 'vitest'

import { attributes, jsonForScript, markup, raw } from './html'
import type { HtmlValue } from './html'

const CASES: Array<[label: string, value: HtmlValue, expected: string]> = [
  ['text is escaped', '<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
  [
    'quotes are escaped',
    'the "anaconda" & \'shield\'',
    '<p>the &quot;anaconda&quot; &amp; &#39;shield&#39;</p>',
  ],
  ['markup built by html stays', markup`<b>${'a<b'}</b>`, '<p><b>a&lt;b</b></p>'],
  ['raw markup stays', raw('<br>'), '<p><br></p>'],
  ['lists are joined', ['a', raw('<i>b</i>'), '<c>'], '<p>a<i>b</i>&lt;c&gt;</p>'],
  ['numbers print', 42, '<p>42</p>'],
  ['nothing prints nothing', [null, undefined, false], '<p></p>'],
]

describe('markup', () => {
  test.each(CASES)('%s', (_label, value, expected) => {
    expect(markup`<p>${value}</p>`.value).toBe(expected)
  })
})

describe('attributes', () => {
  test('absent values are left out, true is bare, values are escaped', () => {
    expect(
      attributes({ href: '/a?b=1&c="2"', hidden: true, title: undefined, alt: null, open: false })
        .value,
    ).toBe(' href="/a?b=1&amp;c=&quot;2&quot;" hidden')
  })
})

describe('jsonForScript', () => {
  test.each([['</script><script>alert(1)</script>'], ['<!-- comment'], ['a < b']])(
    '%j cannot end the script element',
    (text) => {
      const markup = jsonForScript({ headline: text }).value
      expect(markup).not.toContain('<')
      expect(JSON.parse(markup)).toEqual({ headline: text })
    },
  )
})
