import type { WireImportPlan } from '../domain/importing/planWireImport'
import type { DocumentId, ImportSession, WirePageInput } from './types'

/**
 * The photo a wire page came with, uploaded with its caption, credit line and agencies. Only a
 * supplied file becomes an image: a page without one keeps its caption and credit on the story
 * (its wire photo) and publishes no image.
 */
export const writeLeadImage = async (
  session: ImportSession,
  plan: WireImportPlan,
  photo: NonNullable<WirePageInput['photo']>,
  agencyIds: DocumentId[],
): Promise<DocumentId> => {
  const doc = await session.req.payload.create({
    collection: 'media',
    data: {
      alt: plan.photo?.caption ?? plan.headline,
      caption: plan.photo?.caption ?? null,
      creditLine: plan.photo?.creditLine ?? null,
      agencies: agencyIds,
      isSeeded: session.isSeed,
    },
    file: { data: photo.data, mimetype: photo.mimetype, name: photo.name, size: photo.data.length },
    depth: 0,
    req: session.req,
    overrideAccess: true,
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
