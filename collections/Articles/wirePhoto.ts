import type { GroupField } from 'payload'

import { isStaffField } from '../../src/access/isStaff'

/**
 * The photo a wire page described but did not send: its caption and credit are kept here for the
 * desk, and nothing is published as the story's image until an editor uploads the real one and
 * chooses it as the lead image.
 */
export const wirePhotoField: GroupField = {
  name: 'wirePhoto',
  label: 'Wire photo (no file supplied)',
  type: 'group',
  access: { read: isStaffField, create: () => false, update: () => false },
  admin: {
    readOnly: true,
    description:
      'The wire page named this photo but sent no file. Upload the photo to Media and choose it as the lead image.',
  },
  fields: [
    { name: 'caption', type: 'textarea' },
    { name: 'creditLine', type: 'text' },
    {
      name: 'agencies',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
    },
  ],
}
