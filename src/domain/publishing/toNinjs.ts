import { absoluteUri } from './absoluteUri'
import { photoAgencies, textAgencies } from './agencies'
import { articleParagraphs } from './articleParagraphs'
import { creditedAuthors, joinNames } from './creditedAuthors'
import { isoInstant, latestInstant } from './isoInstant'
import { leadImageAssociation, relatedAssociation } from './ninjsAssociations'
import { ninjsBodies } from './ninjsBodies'
import { entityConcept, infoSource, tagConcept } from './ninjsConcepts'
import type { NinjsAssociation, NinjsItem, NinjsText } from './ninjsTypes'
import { splitByProminence } from './prominence'
import type { PublicationContext, PublishableArticle, TagRef } from './types'
import { withoutEmpty } from './withoutEmpty'

export const NINJS_STANDARD = {
  name: 'ninjs',
  version: '3.1',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
} as const

const headlines = (article: PublishableArticle): NinjsText[] => {
  const standfirst = article.standfirst?.trim()
  return [
    { role: 'main', value: article.headline.trim() },
    ...(standfirst ? [{ role: 'subheadline', value: standfirst }] : []),
  ]
}

/** ninjs has no corrections property; each is a description with the role "correction". */
const correctionDescriptions = (article: PublishableArticle): NinjsText[] =>
  [...(article.corrections ?? [])]
    .filter((correction) => correction.text.trim() !== '')
    .sort((a, b) => (isoInstant(a.date) ?? '').localeCompare(isoInstant(b.date) ?? ''))
    .map((correction) => ({ role: 'correction', value: correction.text.trim() }))

const ofKind = (article: PublishableArticle, kind: TagRef['kind']): TagRef[] =>
  (article.tags ?? []).filter((tag) => tag.kind === kind)

/**
 * IPTC ninjs 3.1 for a published article. Dates: `contentCreated` is when the story was filed,
 * `firstCreated` when the CMS item was created (later, for an imported wire story) and
 * `versionCreated` its last change.
 */
export const toNinjs = (article: PublishableArticle, context: PublicationContext): NinjsItem => {
  const { about, mentions } = splitByProminence(article)
  const webPage = absoluteUri(context.articleUrl(article.slug))
  const associations = [
    article.leadImage ? leadImageAssociation(article.leadImage, context) : undefined,
    ...(article.relatedLinks ?? []).map((link) => relatedAssociation(link, context)),
  ].filter((association): association is NinjsAssociation => association !== undefined)
  return withoutEmpty({
    uri: context.itemUri('articles', String(article.id)),
    standard: NINJS_STANDARD,
    type: 'text' as const,
    representationType: 'full' as const,
    version: article.version === undefined ? undefined : String(article.version),
    firstCreated: isoInstant(article.createdAt) ?? isoInstant(article.publishedAt),
    versionCreated: latestInstant([article.publishedAt, article.updatedAt]),
    contentCreated: isoInstant(article.dateline?.filedAt) ?? isoInstant(article.publishedAt),
    pubStatus: 'usable' as const,
    language: context.language,
    slugline: article.slug,
    located: article.dateline?.place?.trim(),
    by: joinNames(creditedAuthors(article, context).map((credit) => credit.name)),
    headlines: headlines(article),
    descriptions: correctionDescriptions(article),
    bodies: ninjsBodies(articleParagraphs(article)),
    people: [
      ...about.people.map((person) => entityConcept(person, 'about')),
      ...mentions.people.map((person) => entityConcept(person, 'mentioned')),
    ],
    organisations: [
      ...about.organizations.map((organization) => entityConcept(organization, 'about')),
      ...mentions.organizations.map((organization) => entityConcept(organization, 'mentioned')),
    ],
    places: ofKind(article, 'place').map(tagConcept),
    subjects: ofKind(article, 'topic').map(tagConcept),
    events: ofKind(article, 'event').map(tagConcept),
    infoSources: [
      ...textAgencies(article).map((agency) => infoSource(agency, 'source')),
      ...photoAgencies(article).map((agency) => infoSource(agency, 'photo')),
    ],
    renditions: webPage ? [{ name: 'web', href: webPage, contentType: 'text/html' }] : [],
    associations,
  })
}
