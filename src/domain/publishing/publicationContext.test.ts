import { expect, test } from 'vitest'

import { publicationContext } from './publicationContext'

test('addresses are built on the site origin, whatever trailing slash it was given', () => {
  const context = publicationContext({ siteName: 'Newsroom', siteUrl: 'https://news.example.com/' })
  expect(context.articleUrl('nato-russia')).toBe('https://news.example.com/articles/nato-russia')
  expect(context.itemUri('articles', '42')).toBe('https://news.example.com/api/articles/42')
  expect(context.itemUri('media', '65f0c0ffee')).toBe(
    'https://news.example.com/api/media/65f0c0ffee',
  )
  expect(context.publisher).toEqual({ name: 'Newsroom', logoUrl: undefined })
  expect(context.language).toBe('en')
})

test("items are identified on the API origin when the CMS is not the readers' site", () => {
  const context = publicationContext({
    siteName: 'Newsroom',
    siteUrl: 'https://news.example.com',
    apiUrl: 'https://cms.example.com/',
  })
  expect(context.articleUrl('nato-russia')).toBe('https://news.example.com/articles/nato-russia')
  expect(context.itemUri('articles', '42')).toBe('https://cms.example.com/api/articles/42')
})
