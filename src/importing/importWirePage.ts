import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { planWireImport } from '../domain/importing/planWireImport'
import type { WireImportPlan } from '../domain/importing/planWireImport'
import { parseWirePage } from '../domain/wire/parseWirePage'
import { SYSTEM_ACTOR_NAME } from '../workflow/writeIntent'
import { inTransaction } from '../database/transaction'
import { readDirectory } from './readDirectory'
import { writeArticle } from './writeArticle'
import { writeEntities } from './writeEntities'
import { writeLeadImage } from './writeLeadImage'
import { writeSection } from './writeSection'
import { emptyTally } from './types'
import type {
  ImportSession,
  ImportTally,
  ImportedArticle,
  WireImportOptions,
  WirePageInput,
} from './types'

/** Files written before a rollback would otherwise stay on disk with no document. */
const removeUploads = async (payload: Payload, files: string[]): Promise<void> => {
  const staticDir = payload.collections.media?.config.upload?.staticDir
  if (!staticDir) return
  await Promise.all(files.map((file) => rm(path.join(staticDir, file), { force: true })))
}

/** The request context an import's writes carry: hooks see an import, and the log its actor. */
export const importContext = (options: Pick<WireImportOptions, 'actorName' | 'isSeed'>) => ({
  isImport: true,
  isSeed: Boolean(options.isSeed),
  // The editorial log names who moved the story when no user did.
  [SYSTEM_ACTOR_NAME]: options.isSeed ? 'Seed' : (options.actorName ?? 'Wire import'),
})

/**
 * Parses one wire page and writes it, in one transaction: the names it holds are resolved
 * against the database (read inside that transaction), what is new is created to review, then
 * the story with its section, links, quotes and review notes. On any failure nothing of it
 * remains. A page that cannot be parsed fails before anything is opened.
 */
export const importWirePage = async (
  payload: Payload,
  input: WirePageInput,
  options: WireImportOptions,
): Promise<{ article: ImportedArticle; tally: ImportTally; plan: WireImportPlan }> => {
  const page = parseWirePage(input.text, { fileName: input.name, timeZone: options.timeZone })
  const tally = emptyTally()
  const uploadedFiles: string[] = []
  try {
    return await inTransaction(payload, importContext(options), async (req) => {
      const session: ImportSession = { req, isSeed: Boolean(options.isSeed), tally, uploadedFiles }
      const plan = planWireImport(page, await readDirectory(req), {
        hasPhotoFile: Boolean(input.photo),
      })
      const ids = await writeEntities(session, plan)
      const sectionId = await writeSection(session, plan.section)
      const agencyIds = (plan.photo?.agencies ?? []).flatMap((agency) => ids.get(agency.key) ?? [])
      const leadImageId = input.photo
        ? await writeLeadImage(session, plan, input.photo, agencyIds)
        : null
      const article = await writeArticle(session, plan, {
        isPublishing: Boolean(options.isPublishing),
        sectionId,
        leadImageId,
        ids,
      })
      return { article, tally, plan }
    })
  } catch (error) {
    await removeUploads(payload, uploadedFiles)
    throw error
  }
}
