import { absoluteUri } from './absoluteUri'
import { infoSource } from './ninjsConcepts'
import type { NinjsAssociation } from './ninjsTypes'
import type { LeadImage, PublicationContext, RelatedLink } from './types'
import { withoutEmpty } from './withoutEmpty'

/**
 * The lead photo as a picture item: its alt text names it, the caption describes it, the credit
 * line is its `by` and its agencies are its sources. The file itself is the original rendition.
 */
export const leadImageAssociation = (
  image: LeadImage,
  context: PublicationContext,
): NinjsAssociation | undefined => {
  const href = absoluteUri(image.url)
  if (!href) return undefined
  const uri = image.id === undefined ? href : context.itemUri('media', String(image.id))
  return withoutEmpty({
    name: image.alt,
    rel: 'leadImage',
    uri,
    type: 'picture' as const,
    by: image.creditLine,
    descriptions: image.caption ? [{ role: 'caption', value: image.caption }] : [],
    infoSources: (image.agencies ?? []).map((agency) => infoSource(agency, 'photo')),
    renditions: [
      withoutEmpty({
        name: 'original',
        href,
        contentType: image.mimeType,
        width: image.width,
        height: image.height,
      }),
    ],
  })
}

/**
 * A related story: one in the CMS by its persistent uri and its web page; an external one by its
 * URL. An external link the wire gave without a URL has no uri, which ninjs requires, so it is
 * left out.
 */
export const relatedAssociation = (
  link: RelatedLink,
  context: PublicationContext,
): NinjsAssociation | undefined => {
  if (link.kind === 'external') {
    const uri = absoluteUri(link.url)
    return uri ? { name: link.title, rel: 'seeAlso', uri, type: 'text' } : undefined
  }
  const href = absoluteUri(context.articleUrl(link.slug))
  const uri = link.id === undefined ? href : context.itemUri('articles', String(link.id))
  if (!uri) return undefined
  return withoutEmpty({
    name: link.headline,
    rel: 'seeAlso',
    uri,
    type: 'text' as const,
    headlines: [{ role: 'main', value: link.headline }],
    renditions: href ? [{ name: 'web', href, contentType: 'text/html' }] : [],
  })
}
