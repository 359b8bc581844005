import { describe, expect, test } from 'vitest'

import { PLACEHOLDER_ALT_PREFIX, isPublishableImage } from './placeholderImage'
import type { ImageFile } from './placeholderImage'

const PHOTO: ImageFile = {
  alt: 'Ministers at NATO headquarters',
  filename: 'ministers.jpg',
  url: '/api/media/file/ministers.jpg',
}

describe('isPublishableImage', () => {
  test.each<[string, ImageFile | null | undefined, boolean]>([
    ['a photo with its file', PHOTO, true],
    ['no image', null, false],
    ['an image with no file', { ...PHOTO, filename: null, url: null }, false],
    ['an image with no URL', { ...PHOTO, url: '' }, false],
    [
      "the importer's placeholder",
      {
        alt: `${PLACEHOLDER_ALT_PREFIX} the wire page had no photo file. The original photo: x`,
        filename: '000_c5d2321bc6b974fc-placeholder.png',
        url: '/api/media/file/000_c5d2321bc6b974fc-placeholder.png',
      },
      false,
    ],
    [
      'a placeholder whose alt text was rewritten but whose file was not replaced',
      { ...PHOTO, filename: 'page-placeholder-1.png' },
      false,
    ],
    [
      'a real photo uploaded over the placeholder, alt text not yet rewritten',
      { ...PHOTO, alt: `${PLACEHOLDER_ALT_PREFIX} the wire page had no photo file.` },
      false,
    ],
    [
      'a photo whose name merely mentions placeholders',
      { ...PHOTO, filename: 'placeholder-debate.jpg' },
      true,
    ],
  ])('%s: %s', (_name, image, expected) => {
    expect(isPublishableImage(image)).toBe(expected)
  })
})
