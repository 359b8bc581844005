import { describe, expect, test } from 'vitest'

import { refusedImageMessage, sniffImageType } from './imageType'

const bytes = (...parts: Array<number[] | string>): Uint8Array =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part,
    ),
  )

const ftyp = (...brands: string[]): Uint8Array => {
  const size = 8 + brands.length * 4 + (brands.length > 1 ? 4 : 0)
  const [major, ...compatible] = brands
  return bytes([0, 0, 0, size], 'ftyp', major!, [0, 0, 0, 0], ...compatible)
}

const CASES: Array<[label: string, input: Uint8Array, expected: string | undefined]> = [
  ['JPEG (JFIF)', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image/jpeg'],
  ['JPEG (Exif)', bytes([0xff, 0xd8, 0xff, 0xe1]), 'image/jpeg'],
  ['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'image/png'],
  ['GIF89a', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif'],
  ['GIF87a', bytes('GIF87a'), 'image/gif'],
  ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
  ['AVIF by major brand', ftyp('avif', 'mif1'), 'image/avif'],
  ['AVIF by compatible brand', ftyp('mif1', 'miaf', 'avif'), 'image/avif'],
  ['HEIC is not accepted', ftyp('heic', 'mif1'), undefined],
  ['MP4 is not an image', ftyp('isom', 'mp41'), undefined],
  ['RIFF that is not WebP (WAV)', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), undefined],
  ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), undefined],
  ['HTML', bytes('<!DOCTYPE html><script>alert(1)</script>'), undefined],
  ['a PNG signature cut short', bytes([0x89], 'PNG'), undefined],
  ['two JPEG bytes only', bytes([0xff, 0xd8]), undefined],
  ['empty', bytes(), undefined],
]

describe('sniffImageType', () => {
  test.each(CASES)('%s', (_label, input, expected) => {
    expect(sniffImageType(input)).toBe(expected)
  })
})

const MESSAGES: Array<[label: string, input: string, expected: RegExp]> = [
  ['SVG', '<svg onload="alert(1)"/>', /"x\.jpg" is an SVG drawing/],
  ['SVG after an XML prolog', '<?xml version="1.0"?>\n<svg/>', /is an SVG drawing/],
  ['HTML', '  <!doctype html><p>hi', /"x\.jpg" is an HTML page/],
  ['a bare script', '<script>alert(1)</script>', /is an HTML page/],
  ['anything else', 'PK\u0003\u0004', /is not an image in an accepted format/],
]

describe('refusedImageMessage', () => {
  test.each(MESSAGES)('names %s and the accepted formats', (_label, input, expected) => {
    const message = refusedImageMessage(bytes(input), 'x.jpg')
    expect(message).toMatch(expected)
    expect(message).toMatch(/JPEG, PNG, WebP, GIF or AVIF/)
  })
})
