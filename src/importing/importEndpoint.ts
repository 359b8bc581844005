import path from 'node:path'

import { addDataAndFileToRequest } from 'payload'
import type { Endpoint, PayloadRequest } from 'payload'

import { isEditorUser, isStaffUser } from '../access/roles'
import { DEFAULT_WIRE_TIME_ZONE } from '../domain/wire'
import { NEWSROOM_IMAGE_TYPES, sniffImageType } from '../domain/security/imageType'
import { importWirePages } from './importWirePages'
import type { WirePageSource } from './importWirePages'
import type { ImportSummary, WirePageInput } from './types'

/** Where an editor lands after an import: the stories waiting for review. */
export const REVIEW_QUEUE_PATH = '/admin/collections/articles?where[needsReview][equals]=true'

const NO_STORE = { 'Cache-Control': 'no-store' }

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: NO_STORE })

interface UploadedFile {
  name: string
  data: Buffer
  mimetype: string
}

const uploadedFiles = (req: PayloadRequest): UploadedFile[] =>
  Object.values(req.files ?? {})
    .flat()
    .map((file) => file as unknown as UploadedFile)

const baseName = (name: string): string => path.basename(name).replace(/\.[^.]+$/, '')

const bytesOf = (file: UploadedFile): Uint8Array =>
  new Uint8Array(file.data.buffer, file.data.byteOffset, file.data.byteLength)

/** An image by its bytes, whatever its name says (a page is text, a photo is not). */
const isImage = (file: UploadedFile): boolean => sniffImageType(bytesOf(file)) !== undefined

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** What the admin shows and API clients read: each page's outcome and the review notes. */
const describe = (summary: ImportSummary) => ({
  imported: summary.imported,
  failed: summary.failed,
  created: summary.created,
  updated: summary.updated,
  notes: summary.notes,
  tally: summary.tally,
  files: summary.files.map((result) =>
    result.isImported
      ? {
          file: result.file,
          isImported: true,
          article: result.article,
          notes: result.notes.map(({ kind, message }) => ({ kind, message })),
        }
      : { file: result.file, isImported: false, error: result.error },
  ),
  reviewQueue: REVIEW_QUEUE_PATH,
})

/**
 * `POST /api/articles/import`: staff upload one or more wire pages (multipart, field `file`,
 * each a text file; a photo with the same base name as a page, story.txt and story.jpg, becomes
 * its lead image). Stories are saved as drafts; an editor may add `?publish=true`. `?timeZone=`
 * names the publisher's clock (Europe/Sofia by default). Each page is imported in its own
 * transaction, exactly as `npm run import` does, and the answer is the same summary: 200 when
 * at least one page was imported, 400 (nothing written) when none could be. See docs/importing.md.
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Log in to import wire pages.')
    if (!isStaffUser(req.user)) return refuse(403, 'Only newsroom staff may import wire pages.')
    const isPublishing = req.searchParams.get('publish') === 'true'
    if (isPublishing && !isEditorUser(req.user)) {
      return refuse(403, 'Only editors may publish on import; leave out publish=true for drafts.')
    }
    const timeZone = req.searchParams.get('timeZone') ?? DEFAULT_WIRE_TIME_ZONE
    if (!isTimeZone(timeZone)) {
      return refuse(400, `timeZone "${timeZone}" is not an IANA time zone (e.g. Europe/Sofia)`)
    }
    const contentType = req.headers.get('content-type') ?? ''
    if (!contentType.startsWith('multipart/form-data')) {
      return refuse(
        400,
        'Send the wire pages as multipart/form-data, each in a field named "file".',
      )
    }
    await addDataAndFileToRequest(req)
    const files = uploadedFiles(req)
    const photos = files.filter(isImage)
    const pages = files.filter((file) => !isImage(file))
    if (pages.length === 0) {
      return refuse(400, 'No wire page came with the request: send text files in the field "file".')
    }
    const sources: WirePageSource[] = pages.map((page) => ({
      name: page.name,
      read: async (): Promise<WirePageInput> => {
        const photo = photos.find((candidate) => baseName(candidate.name) === baseName(page.name))
        const mimetype = photo ? sniffImageType(bytesOf(photo)) : undefined
        return {
          name: page.name,
          text: page.data.toString('utf8'),
          photo:
            photo && mimetype && (NEWSROOM_IMAGE_TYPES as readonly string[]).includes(mimetype)
              ? { name: photo.name, data: photo.data, mimetype }
              : undefined,
        }
      },
    }))
    const summary = await importWirePages(req.payload, sources, {
      isPublishing,
      timeZone,
      actorName: `Wire import by ${(req.user as { email?: string }).email ?? 'staff'}`,
    })
    return Response.json(describe(summary), {
      status: summary.imported === 0 ? 400 : 200,
      headers: NO_STORE,
    })
  },
}
