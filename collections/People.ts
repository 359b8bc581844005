import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { PRONOUNS } from '../src/domain/registry/types'
import { isEditor } from '../src/access/isEditor'
import { isStaff } from '../src/access/isStaff'
import { findByAnyName, labelPickerOptions } from '../src/admin/findByAnyName'
import { aliasesField } from '../src/fields/aliases'
import { foundInField } from '../src/fields/foundIn'
import { isSeededField } from '../src/fields/isSeeded'
import { needsReviewField } from '../src/fields/needsReview'
import { newsroomSlugField } from '../src/fields/slug'
import { wikidataIdField } from '../src/fields/wikidataId'

const POSITION_DATE = { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } as const

/** Real people the newsroom writes about or bylines: one record per person, whatever the spelling. */
export const People: CollectionConfig<'people'> = {
  slug: 'people',
  labels: { singular: 'Person', plural: 'People' },
  admin: {
    group: 'Registry',
    useAsTitle: 'name',
    // The review queue: what the importer created, until an editor has checked it.
    components: { beforeListTable: ['/admin/ReviewTabs#ReviewTabs'] },
    listSearchableFields: ['name', 'aliases'],
    defaultColumns: ['name', 'description', 'wikidataId', 'needsReview'],
  },
  defaultSort: 'name',
  // Inside a story a person is a name to print: not the list of every story they appear in.
  defaultPopulate: { articles: false },
  // The picker searches the name only; this lets it find a record by any of its names.
  hooks: {
    beforeOperation: [findByAnyName('name', ['aliases'])],
    afterRead: [labelPickerOptions('name', ['aliases'])],
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', required: true, index: true },
    newsroomSlugField('name'),
    aliasesField(),
    { name: 'description', type: 'textarea', admin: { description: 'One line: who they are.' } },
    {
      name: 'pronoun',
      type: 'select',
      options: PRONOUNS.map((pronoun) => ({ label: pronoun, value: pronoun })),
      admin: {
        position: 'sidebar',
        description: 'How stories refer to them; the importer follows "she said" back to them.',
      },
    },
    {
      name: 'positions',
      label: 'Positions held',
      type: 'array',
      admin: {
        description: 'Job titles are positions a person holds, not tags.',
        // "Foreign Minister, since 2004" rather than "Position 01".
        components: { RowLabel: '/admin/PositionRowLabel#PositionRowLabel' },
      },
      fields: [
        { name: 'title', type: 'text', required: true },
        {
          name: 'titleAliases',
          label: 'Also written as',
          type: 'text',
          hasMany: true,
          admin: { description: 'Other ways the press names the office ("US State Secretary").' },
        },
        { name: 'organization', type: 'relationship', relationTo: 'organizations' },
        {
          type: 'row',
          fields: [
            // With the year: a position held since 2004 is not one held since March.
            { name: 'from', type: 'date', admin: { date: POSITION_DATE } },
            { name: 'to', type: 'date', admin: { date: POSITION_DATE } },
          ],
        },
      ],
    },
    wikidataIdField(),
    isSeededField(),
    needsReviewField(),
    foundInField(),
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'people',
      admin: { description: 'Stories that mention this person.' },
    },
  ],
}
