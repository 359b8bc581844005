import type { ArrayField } from 'payload'

/**
 * What people said in the story, as data: the words, who said them, and where they sit in the
 * body, so "what did Lavrov say" is a query rather than a text search.
 */
export const quotesField: ArrayField = {
  name: 'quotes',
  type: 'array',
  admin: {
    description: 'Filled by the importer from attributions such as "…," Lavrov said.',
    initCollapsed: true,
    // "Sergey Lavrov: “Apart from general remarks…”" rather than "Quote 04".
    components: { RowLabel: '/admin/QuoteRowLabel#QuoteRowLabel' },
  },
  fields: [
    { name: 'text', label: 'Quote', type: 'textarea', required: true },
    {
      name: 'speaker',
      type: 'relationship',
      relationTo: 'people',
      index: true,
      admin: { description: 'Empty when the page does not name who said it.' },
    },
    {
      name: 'speakerDescription',
      label: 'Unnamed speaker',
      type: 'text',
      admin: {
        description:
          'How the page describes a speaker it does not name, e.g. "One Russian official".',
      },
    },
    {
      name: 'attribution',
      type: 'text',
      admin: { description: 'As printed, e.g. "Lavrov said following the Brussels meeting".' },
    },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'full',
      options: [
        { label: 'Full sentence', value: 'full' },
        { label: 'Continues the previous quote', value: 'continuation' },
        { label: 'Phrase within a sentence', value: 'partial' },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'paragraphIndex',
          label: 'Paragraph',
          type: 'number',
          min: 0,
          admin: { description: 'Counted from 0.' },
        },
        { name: 'start', type: 'number', min: 0 },
        { name: 'end', type: 'number', min: 0 },
      ],
    },
  ],
}
