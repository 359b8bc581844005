import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { NEWSROOM_IMAGE_TYPES } from '../domain/security/imageType'
import { importWirePages } from './importWirePages'
import type { FileImportResult, ImportSummary, WireImportOptions, WirePageInput } from './types'

// A page's photo is the image beside it with the same name: story.txt and story.jpg.
const PHOTO_EXTENSIONS: Record<string, (typeof NEWSROOM_IMAGE_TYPES)[number]> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
}

const photoBeside = async (file: string): Promise<WirePageInput['photo']> => {
  const base = file.slice(0, file.length - path.extname(file).length)
  for (const [extension, mimetype] of Object.entries(PHOTO_EXTENSIONS)) {
    const data = await readFile(`${base}${extension}`).catch(() => null)
    if (data) return { name: path.basename(`${base}${extension}`), data, mimetype }
  }
  return undefined
}

/** Imports wire page files (and each one's photo, when an image of the same name lies beside it). */
export const importWireFiles = async (
  payload: Payload,
  files: string[],
  options: WireImportOptions & { onFile?: (result: FileImportResult, index: number) => void },
): Promise<ImportSummary> =>
  importWirePages(
    payload,
    files.map((file) => ({
      name: file,
      read: async () => ({
        name: file,
        text: await readFile(file, 'utf8'),
        photo: await photoBeside(file),
      }),
    })),
    options,
  )
