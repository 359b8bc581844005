import path from 'node:path'

import { ValidationError } from 'payload'
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { isEditor } from '../src/access/isEditor'
import { isStaff } from '../src/access/isStaff'
import { publishedStoriesMedia } from '../src/access/publishedStoriesMedia'
import {
  NEWSROOM_IMAGE_TYPES,
  refusedImageMessage,
  sniffImageType,
} from '../src/domain/security/imageType'
import { CLOSED_TO_LINKS } from '../src/domain/security/filterFields'
import { isSeededField } from '../src/fields/isSeeded'
import { mediaDir } from '../src/settings'

/**
 * The file's bytes decide, not its name or the type the client claims: an SVG or HTML page named
 * photo.jpg would otherwise be stored and served from the CMS's own origin. The type is set from
 * the content, so a JPEG sent as image/png is stored as what it is.
 */
const onlyNewsroomImages: CollectionBeforeOperationHook<'media'> = ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const bytes = new Uint8Array(file.data.buffer, file.data.byteOffset, file.data.byteLength)
  const type = sniffImageType(bytes)
  if (!type) {
    throw new ValidationError({
      collection: 'media',
      errors: [{ message: refusedImageMessage(bytes, file.name), path: 'file' }],
    })
  }
  file.mimetype = type
  return args
}

/** Photos and graphics, each with the alt text, caption and credit a newsroom must print. */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Media', plural: 'Media' },
  admin: {
    group: 'Newsroom',
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'creditLine'],
  },
  // Readers see an image once a published story leads with it; staff and preview keys, always.
  access: { read: publishedStoriesMedia, create: isStaff, update: isStaff, delete: isEditor },
  // Readers' access is a filter over the two joins below, which Payload's SQL cannot nest under
  // a story's link to its image: `leadImage.alt` in a story filter would be a 500, so it is a 400.
  custom: { [CLOSED_TO_LINKS]: 'who may see an image depends on the stories that use it' },
  // Inside a story an image is its file, caption and credit: not the list of stories using it.
  defaultPopulate: { leadImageOf: false, inBodyOf: false },
  hooks: { beforeOperation: [onlyNewsroomImages] },
  upload: {
    staticDir: path.resolve(mediaDir()),
    mimeTypes: [...NEWSROOM_IMAGE_TYPES],
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
    {
      name: 'leadImageOf',
      label: 'Lead image of',
      type: 'join',
      collection: 'articles',
      on: 'leadImage',
      admin: { description: 'The stories that lead with this image.' },
    },
    {
      name: 'inBodyOf',
      label: 'In the body of',
      type: 'join',
      collection: 'articles',
      on: 'bodyImages',
      admin: { description: 'The stories whose body shows this image.' },
    },
  ],
}
