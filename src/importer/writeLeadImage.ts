import sharp from 'sharp'

import type { WireImportPlan } from '../domain/import/planWireImport'
import { PLACEHOLDER_ALT_PREFIX } from '../domain/publishing/placeholderImage'
import type { DocumentId, ImportSession } from './types'

const PLACEHOLDER = { width: 320, height: 180, background: '#d5dbe3' }

/** Wire pages carry the caption and credit but no image file, so the photo gets a stand-in. */
const placeholderPng = (): Promise<Buffer> =>
  sharp({ create: { ...PLACEHOLDER, channels: 3 } })
    .png()
    .toBuffer()

export const placeholderAltText = (caption: string): string =>
  `${PLACEHOLDER_ALT_PREFIX} the wire page had no photo file. The original photo: ${caption}`

/**
 * The lead image with its caption, credit line and agencies. The article's existing image is
 * updated in place; a new one is a generated placeholder that says so in its alt text.
 */
export const writeLeadImage = async (
  session: ImportSession,
  plan: WireImportPlan,
  photo: NonNullable<WireImportPlan['photo']>,
  agencyIds: DocumentId[],
  existingId: DocumentId | null,
): Promise<DocumentId> => {
  const { payload } = session.req
  const common = { depth: 0, req: session.req, overrideAccess: true } as const
  const data = {
    caption: photo.caption,
    creditLine: photo.creditLine,
    agencies: agencyIds,
  }
  if (existingId !== null) {
    const existing = await payload.findByID({
      collection: 'media',
      id: existingId,
      disableErrors: true,
      ...common,
    })
    if (existing) {
      // An editor may have replaced the placeholder with the real photo and described it.
      await payload.update({ collection: 'media', id: existingId, data, ...common })
      session.tally.media.updated += 1
      return existingId
    }
  }
  const png = await placeholderPng()
  const doc = await payload.create({
    collection: 'media',
    data: { ...data, alt: placeholderAltText(photo.caption), isSeeded: session.isSeed },
    file: {
      data: png,
      mimetype: 'image/png',
      name: `${plan.sourceReference}-placeholder.png`,
      size: png.length,
    },
    ...common,
  })
  session.tally.media.created += 1
  for (const file of [
    doc.filename,
    ...Object.values(doc.sizes ?? {}).map((size) => size?.filename),
  ]) {
    if (file) session.uploadedFiles.push(file)
  }
  return doc.id
}
