import type { CollectionConfig } from 'payload'

import { ORGANIZATION_KINDS, organizationKindValue } from '../src/domain/registry/types'

import { anyone } from '../src/access/anyone'
import { isEditor } from '../src/access/isEditor'
import { isStaff } from '../src/access/isStaff'
import { findByAnyName, labelPickerOptions } from '../src/admin/findByAnyName'
import { aliasesField } from '../src/fields/aliases'
import { isSeededField } from '../src/fields/isSeeded'
import { needsReviewField } from '../src/fields/needsReview'
import { relationId } from '../src/fields/relationId'
import { newsroomSlugField } from '../src/fields/slug'
import { wikidataIdField } from '../src/fields/wikidataId'

/** Alliances, governments, agencies and companies, with where they sit (the NATO-Russia Council under NATO). */
export const Organizations: CollectionConfig<'organizations'> = {
  slug: 'organizations',
  labels: { singular: 'Organization', plural: 'Organizations' },
  admin: {
    group: 'Registry',
    useAsTitle: 'name',
    listSearchableFields: ['name', 'acronym', 'aliases'],
    defaultColumns: ['name', 'acronym', 'kind', 'parent'],
  },
  defaultSort: 'name',
  // Inside a story an organisation is a name to print: not every story or sub-organisation.
  defaultPopulate: { articles: false, suborganizations: false },
  // The picker searches the name only; this lets it find a record by any of its names.
  hooks: {
    beforeOperation: [findByAnyName('name', ['acronym', 'aliases'])],
    afterRead: [labelPickerOptions('name', ['acronym', 'aliases'])],
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', required: true, index: true },
    newsroomSlugField('name'),
    { name: 'acronym', type: 'text', index: true },
    aliasesField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'other',
      // Values are snake_case so GraphQL can name them; labels read as the newsroom says them.
      options: ORGANIZATION_KINDS.map((kind) => ({
        label: kind[0]!.toUpperCase() + kind.slice(1),
        value: organizationKindValue(kind),
      })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'parent',
      label: 'Part of',
      type: 'relationship',
      relationTo: 'organizations',
      // An organisation cannot sit under itself.
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      validate: (value: unknown, { id }: { id?: number | string }) =>
        value != null && id != null && String(relationId(value)) === String(id)
          ? 'An organisation cannot be part of itself'
          : true,
      admin: { position: 'sidebar' },
    },
    { name: 'country', type: 'text', admin: { position: 'sidebar' } },
    wikidataIdField(),
    isSeededField(),
    needsReviewField(),
    { name: 'description', type: 'textarea' },
    {
      name: 'suborganizations',
      label: 'Organisations under it',
      type: 'join',
      collection: 'organizations',
      on: 'parent',
    },
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'organizations',
      admin: { description: 'Stories that mention this organisation.' },
    },
  ],
}
