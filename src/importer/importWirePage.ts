import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { planWireImport } from '../domain/import/planWireImport'
import type { WireImportPlan } from '../domain/import/planWireImport'
import { slugify } from '../domain/slug'
import type { WirePage } from '../domain/wire/types'
import { SYSTEM_ACTOR_NAME } from '../workflow/writeIntent'
import { inTransaction } from '../database/transaction'
import { writeArticle } from './writeArticle'
import { writeLeadImage } from './writeLeadImage'
import { writeOrganizations } from './writeOrganizations'
import { writePeople } from './writePeople'
import { writeSection } from './writeSection'
import { writeTags } from './writeTags'
import { emptyTally } from './types'
import type { ImportSession, ImportTally, ImportedArticle, WireImportOptions } from './types'

const idsFor = <T extends { key: string }>(entries: T[], ids: Map<string, number>): number[] =>
  entries.flatMap((entry) => {
    const id = ids.get(entry.key)
    return id === undefined ? [] : [id]
  })

/** Files written before a rollback would otherwise stay on disk with no document. */
const removeUploads = async (payload: Payload, files: string[]): Promise<void> => {
  const staticDir = payload.collections.media?.config.upload?.staticDir
  if (!staticDir) return
  await Promise.all(files.map((file) => rm(path.join(staticDir, file), { force: true })))
}

const findExisting = async (session: ImportSession, plan: WireImportPlan) => {
  const { docs } = await session.req.payload.find({
    collection: 'articles',
    where: {
      or: [
        { 'source.reference': { equals: plan.sourceReference } },
        { slug: { equals: slugify(plan.headline) } },
      ],
    },
    limit: 2,
    depth: 0,
    pagination: false,
    req: session.req,
    overrideAccess: true,
  })
  // The page's own reference is the stronger key when a slug names another story.
  return docs.find((doc) => doc.source?.reference === plan.sourceReference) ?? docs[0] ?? null
}

/**
 * Writes one parsed wire page, the article with its section, tags, people, organisations, lead
 * image, quotes and related links, in one transaction: on any failure nothing of it remains.
 */
export const importWirePage = async (
  payload: Payload,
  page: WirePage,
  options: WireImportOptions,
): Promise<{ article: ImportedArticle; tally: ImportTally; plan: WireImportPlan }> => {
  const plan = planWireImport(page, options.registry)
  const tally = emptyTally()
  const uploadedFiles: string[] = []
  const context = {
    isImport: true,
    isSeed: Boolean(options.isSeed),
    // The editorial log names who moved the story when no user did.
    [SYSTEM_ACTOR_NAME]: options.isSeed ? 'Seed' : 'Wire import',
  }
  try {
    const article = await inTransaction(payload, context, async (req) => {
      const session: ImportSession = { req, isSeed: Boolean(options.isSeed), tally, uploadedFiles }
      const organizationIds = await writeOrganizations(session, plan.organizationsToWrite)
      const personIds = await writePeople(session, plan.people, organizationIds)
      const tagIds = await writeTags(session, plan.tags)
      const sectionId = await writeSection(session, plan.section)
      const existing = await findExisting(session, plan)
      const existingImage =
        typeof existing?.leadImage === 'object' ? existing.leadImage?.id : existing?.leadImage
      const leadImageId = plan.photo
        ? await writeLeadImage(
            session,
            plan,
            plan.photo,
            idsFor(plan.photo.agencies, organizationIds),
            existingImage ?? null,
          )
        : null
      return writeArticle(session, plan, existing, {
        isPublishing: Boolean(options.isPublishing),
        sectionId,
        leadImageId,
        tagIds,
        personIds: idsFor(plan.people, personIds),
        organizationIds: idsFor(plan.organizations, organizationIds),
        sourceAgencyIds: idsFor(plan.sourceAgencies, organizationIds),
        speakerIds: personIds,
      })
    })
    return { article, tally, plan }
  } catch (error) {
    await removeUploads(payload, uploadedFiles)
    throw error
  }
}
