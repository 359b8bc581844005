/**
 * The image formats a newsroom publishes, recognised by their first bytes rather than by the name
 * or the Content-Type a client claims: an SVG or an HTML page renamed `photo.jpg` is still text,
 * and text served from the CMS's origin can run script in a reader's browser.
 */
export const NEWSROOM_IMAGE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
] as const

export type NewsroomImageType = (typeof NEWSROOM_IMAGE_TYPES)[number]

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, index) => bytes[offset + index] === byte)

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0))

// ISO base media files (AVIF) name their brands in the `ftyp` box at the start.
const AVIF_BRANDS = new Set(['avif', 'avis'])
const isAvif = (bytes: Uint8Array): boolean => {
  if (!startsWith(bytes, ascii('ftyp'), 4)) return false
  const boxSize = Math.min(
    ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0,
    bytes.length,
  )
  const decoder = new TextDecoder('latin1')
  // The major brand at 8, then compatible brands from 16, four bytes each.
  for (let offset = 8; offset + 4 <= boxSize; offset += offset === 8 ? 8 : 4) {
    if (AVIF_BRANDS.has(decoder.decode(bytes.subarray(offset, offset + 4)))) return true
  }
  return false
}

/** The format the bytes are, or undefined when they are none of the newsroom's image formats. */
export const sniffImageType = (bytes: Uint8Array): NewsroomImageType | undefined => {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  if (isAvif(bytes)) return 'image/avif'
  return undefined
}

/** What to tell an uploader whose file is not one of the formats, naming what it looks like. */
export const refusedImageMessage = (bytes: Uint8Array, filename: string): string => {
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 512))
    .trimStart()
    .toLowerCase()
  const looksLike = /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg/.test(head)
    ? 'an SVG drawing'
    : /^(<!doctype html|<html|<head|<body|<script)/.test(head)
      ? 'an HTML page'
      : 'not an image in an accepted format'
  return (
    `"${filename}" is ${looksLike}: upload a JPEG, PNG, WebP, GIF or AVIF image ` +
    '(the file content is checked, not its name)'
  )
}
