/**
 * How the importer's stand-in for a wire photo it had no file for says what it is
 * (src/importer/writeLeadImage.ts): in its alt text, and in its file name.
 */
export const PLACEHOLDER_ALT_PREFIX = 'Placeholder image:'
const PLACEHOLDER_FILE = /-placeholder(?:-\d+)?\.png$/i

/** What of a Media document tells a real photo from a stand-in. */
export interface ImageFile {
  alt?: null | string
  filename?: null | string
  url?: null | string
}

/**
 * Whether a lead image may be published as one: it has a file, and it is not the importer's
 * placeholder. Either marker is enough to keep it out: an editor who replaces the file without
 * rewriting the alt text still has a photo described as a placeholder.
 */
export const isPublishableImage = (image: ImageFile | null | undefined): boolean => {
  if (!image?.url || !image.filename) return false
  const isPlaceholder =
    (image.alt ?? '').trimStart().startsWith(PLACEHOLDER_ALT_PREFIX) ||
    PLACEHOLDER_FILE.test(image.filename)
  return !isPlaceholder
}
