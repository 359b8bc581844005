import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isEditor } from '../src/access/isEditor'
import { isSeededField } from '../src/fields/isSeeded'
import { newsroomSlugField } from '../src/fields/slug'

/** The desks a story is filed under (World, Europe, Politics…); editors add new ones here. */
export const Sections: CollectionConfig<'sections'> = {
  slug: 'sections',
  labels: { singular: 'Section', plural: 'Sections' },
  admin: { group: 'Registry', useAsTitle: 'name', defaultColumns: ['name', 'slug'] },
  defaultSort: 'name',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    newsroomSlugField('name'),
    { name: 'description', type: 'textarea' },
    isSeededField(),
  ],
}
