import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Readable } from 'node:stream'

import { parseRssFeed } from 'feedsmith'
import { parseSitemap, parseSitemapIndex } from 'sitemap'
import { validateXML } from 'xmllint-wasm'

/**
 * Feeds and sitemaps read back by maintained parsers, never compared as strings: libxml2's xmllint
 * (as WebAssembly) for well-formedness and the XSD, feedsmith for RSS, the `sitemap` package's
 * parsers for sitemaps. The sitemap 0.9 schema is the one published at sitemaps.org, as the
 * `sitemap` package ships it; no schema of the sitemap index or of Google News ships with any
 * package here, so those two are checked for well-formedness and parsed back.
 */
const SITEMAP_XSD = readFileSync(
  path.join(
    path.dirname(createRequire(import.meta.url).resolve('sitemap/package.json')),
    'schema/sitemap.xsd',
  ),
  'utf8',
)

const failures = (errors: ReadonlyArray<{ rawMessage: string }>) =>
  errors.map((error) => error.rawMessage).join('\n')

/** Throws with libxml2's messages unless `xml` is well-formed XML. */
export const assertWellFormed = async (xml: string): Promise<void> => {
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    normalization: 'format',
  })
  if (!result.valid) throw new Error(`not well-formed XML:\n${failures(result.errors)}`)
}

/** Throws with libxml2's messages unless `xml` is a urlset valid against the sitemap 0.9 XSD. */
export const assertValidSitemap = async (xml: string): Promise<void> => {
  const result = await validateXML({
    xml: [{ fileName: 'sitemap.xml', contents: xml }],
    schema: [SITEMAP_XSD],
  })
  if (!result.valid) throw new Error(`not a valid sitemap:\n${failures(result.errors)}`)
}

export const readRss = async (xml: string) => {
  await assertWellFormed(xml)
  return parseRssFeed(xml)
}

export const readSitemap = async (xml: string) => {
  await assertWellFormed(xml)
  return parseSitemap(Readable.from([xml]))
}

export const readSitemapIndex = async (xml: string) => {
  await assertWellFormed(xml)
  return parseSitemapIndex(Readable.from([xml]))
}
