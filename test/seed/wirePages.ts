import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface WirePageText {
  headline: string
  /** As printed, e.g. "December 9, 2011, Friday // 10:15". */
  printedDate?: string
  caption?: string
  paragraphs: string[]
  tags: string[]
  related?: string[]
}

/** A wire page in the publisher's format, as the seed story is laid out. */
export const wirePageText = (page: WirePageText): string =>
  [
    page.headline,
    '',
    `World | ${page.printedDate ?? 'December 9, 2011, Friday // 10:15'}| 12 views`,
    '',
    ...(page.caption ? [page.caption, ''] : []),
    ...page.paragraphs.flatMap((paragraph) => [paragraph, '']),
    `Tags: ${page.tags.join(', ')}`,
    '',
    ...(page.related ? ['» Related Articles:', ...page.related] : []),
    '',
  ].join('\n')

/** A folder of its own for a test's wire files. */
export const wireFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'newsroom-wire-'))
  return {
    folder,
    write: (name: string, text: string): string => {
      const file = path.join(folder, name)
      writeFileSync(file, text)
      return file
    },
    writeBytes: (name: string, bytes: Buffer): string => {
      const file = path.join(folder, name)
      writeFileSync(file, bytes)
      return file
    },
  }
}
