import type { GroupField } from 'payload'

import { emptyMeansNone } from '../../src/fields/emptyMeansNone'

/** Where an imported story came from; its reference is the key a re-import updates in place. */
export const sourceField: GroupField = {
  name: 'source',
  label: 'Wire source',
  type: 'group',
  admin: { position: 'sidebar', description: 'Set by the importer.' },
  fields: [
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      hooks: { beforeValidate: [emptyMeansNone] },
      admin: { readOnly: true, description: 'The wire page this story was imported from.' },
    },
    { name: 'url', label: 'URL', type: 'text' },
    {
      name: 'timeZone',
      type: 'text',
      admin: { readOnly: true, description: 'The publisher clock the page times were read in.' },
    },
  ],
}
