import type { ArrayField } from 'payload'

import { relationId } from '../../src/fields/relationId'

type RelatedLink = { article?: unknown; title?: null | string; url?: null | string }

/**
 * Hand-picked related stories, in order: each either an article in the CMS or an external link
 * (a story not imported yet). An article is never related to itself.
 */
export const relatedLinksField: ArrayField = {
  name: 'relatedLinks',
  label: 'Related articles',
  type: 'array',
  admin: { description: 'In the order readers should see them.' },
  validate: (value: unknown, { id }: { id?: number | string }) => {
    const links = (Array.isArray(value) ? value : []) as RelatedLink[]
    for (const [index, link] of links.entries()) {
      const position = `Related article ${index + 1}`
      if (link.article != null && id != null && String(relationId(link.article)) === String(id)) {
        return `${position} is this article itself`
      }
      if (link.article == null && !link.title?.trim()) {
        return `${position} needs either an article or a title`
      }
    }
    return true
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'title',
          type: 'text',
          admin: { description: 'For a story not in the CMS yet.' },
        },
        { name: 'url', label: 'URL', type: 'text' },
      ],
    },
  ],
}
