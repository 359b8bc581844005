import type { FieldHook, UploadField } from 'payload'

import { uploadsInRichText } from '../../src/domain/richText'
import type { RichTextDocument } from '../../src/domain/richText'

/** Read from the body on every save, whatever a client sends; a save without a body keeps it. */
const imagesOfTheBody: FieldHook = ({ siblingData, originalDoc }) => {
  const body = 'body' in siblingData ? siblingData.body : originalDoc?.body
  return uploadsInRichText(body as RichTextDocument | null | undefined, 'media')
}

/**
 * The images the body embeds, kept in step with it: how Media knows that a published story uses
 * an image (its `inBodyOf` join), so readers see it. Bookkeeping only: hidden from API answers
 * (the body itself carries the images), never populated.
 */
export const bodyImagesField: UploadField = {
  name: 'bodyImages',
  label: 'Images in the body',
  type: 'upload',
  relationTo: 'media',
  hasMany: true,
  maxDepth: 0,
  hidden: true,
  admin: { readOnly: true },
  hooks: { beforeChange: [imagesOfTheBody] },
}
