import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isEditor } from '../src/access/isEditor'
import { isStaff } from '../src/access/isStaff'
import { isSeededField } from '../src/fields/isSeeded'
import { mediaDir } from '../src/settings'

/** Photos and graphics, each with the alt text, caption and credit a newsroom must print. */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Media', plural: 'Media' },
  admin: {
    group: 'Newsroom',
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'creditLine'],
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isEditor },
  upload: {
    staticDir: path.resolve(mediaDir()),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 1200 },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      label: 'Alt text',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for readers who cannot see it.' },
    },
    { name: 'caption', type: 'textarea' },
    {
      name: 'creditLine',
      type: 'text',
      admin: { description: 'As printed under the photo, e.g. EPA/BGNES.' },
    },
    {
      name: 'agencies',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      admin: { description: 'The agencies behind the credit line.' },
    },
    isSeededField(),
  ],
}
