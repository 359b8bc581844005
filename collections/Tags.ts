import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isEditor } from '../src/access/isEditor'
import { isStaff } from '../src/access/isStaff'
import { findByAnyName, labelPickerOptions } from '../src/admin/findByAnyName'
import { aliasesField } from '../src/fields/aliases'
import { isSeededField } from '../src/fields/isSeeded'
import { needsReviewField } from '../src/fields/needsReview'
import { newsroomSlugField } from '../src/fields/slug'

/** Topics, places and events a story is about. People and organisations have their own records. */
export const Tags: CollectionConfig<'tags'> = {
  slug: 'tags',
  labels: { singular: 'Tag', plural: 'Tags' },
  admin: {
    group: 'Registry',
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'slug'],
    listSearchableFields: ['name', 'aliases'],
  },
  // The picker searches the name only; this lets it find a record by any of its names.
  hooks: {
    beforeOperation: [findByAnyName('name', ['aliases'])],
    afterRead: [labelPickerOptions('name', ['aliases'])],
  },
  defaultSort: 'name',
  // Inside a story a tag is a name to print: not the list of every story it is on.
  defaultPopulate: { articles: false },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    newsroomSlugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'topic',
      options: [
        { label: 'Topic', value: 'topic' },
        { label: 'Place', value: 'place' },
        { label: 'Event', value: 'event' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'description', type: 'textarea' },
    aliasesField(),
    isSeededField(),
    needsReviewField(),
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'tags',
      admin: { description: 'Stories tagged with this.' },
    },
  ],
}
