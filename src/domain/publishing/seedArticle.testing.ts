import { readFileSync } from 'node:fs'

import { attributeQuotes } from '../quotes/attributeQuotes'
import { classifyTags } from '../registry/classifyTags'
import { findMentions } from '../registry/findMentions'
import type { MentionedEntity } from '../registry/findMentions'
import { resolveCreditAgencies } from '../registry/resolveCreditAgencies'
import { loadSeedRegistry } from '../registry/seedRegistry.testing'
import type { OrganizationEntry, PersonEntry, Registry } from '../registry/types'
import { slugify } from '../slug'
import { parseWirePage } from '../wire'
import { publicationContext } from './publicationContext'
import type { OrganizationKind, OrganizationRef, PersonRef, PublishableArticle } from './types'

export const SEED_STORY_URL = new URL(
  '../../../seed/stories/000_c5d2321bc6b974fc.txt',
  import.meta.url,
)

/** The site the golden files are rendered for. */
export const TEST_CONTEXT = publicationContext({
  siteName: 'Newsroom',
  siteUrl: 'https://news.example.com',
  logoUrl: 'https://news.example.com/logo.png',
})

const personRef = (entry: PersonEntry): PersonRef => ({
  name: entry.name,
  slug: entry.slug,
  aliases: entry.aliases,
  wikidataId: entry.wikidataId ?? undefined,
  description: entry.description,
})

const organizationRef = (entry: OrganizationEntry): OrganizationRef => ({
  name: entry.name,
  slug: entry.slug,
  // The registry spells kinds with spaces; the content model stores them snake_case.
  kind: entry.kind.replace(/ /g, '_') as OrganizationKind,
  acronym: entry.acronym ?? undefined,
  aliases: entry.aliases,
  wikidataId: entry.wikidataId ?? undefined,
  description: entry.description,
})

const uniqueByKey = <T extends { key: string }>(items: T[]): T[] => [
  ...new Map(items.map((item) => [item.key, item])).values(),
]

const entries = <T>(mentioned: Array<MentionedEntity<T>>): T[] =>
  mentioned.map((item) => item.entry)

/**
 * The seed story as the CMS would hold it once published: parsed from the wire page and resolved
 * against the seed registry the way the importer links it (tagged entities first, then those the
 * body and caption name; cited news agencies and the photo's agencies as sources). The story has
 * no byline and no photo file, so the image URL and size stand in for an uploaded one.
 */
export const seedArticle = (registry: Registry = loadSeedRegistry()): PublishableArticle => {
  const page = parseWirePage(readFileSync(SEED_STORY_URL, 'utf8'), {
    fileName: '000_c5d2321bc6b974fc.txt',
  })
  const date = page.localDateTime.date
  const tags = classifyTags(page.tags, registry, date)
  const body = findMentions(page.paragraphs, registry, { date })
  const caption = page.photo ? findMentions([page.photo.caption], registry, { date }) : null
  const holders = tags.positions.flatMap((position) =>
    registry.people.filter((person) => person.key === position.holder),
  )
  const people = uniqueByKey([
    ...tags.people,
    ...holders,
    ...entries(body.people),
    ...entries(caption?.people ?? []),
  ])
  const organizations = uniqueByKey([
    ...tags.organizations,
    ...entries(body.organizations),
    ...entries(caption?.organizations ?? []),
  ])
  const photoAgencies = page.photo
    ? resolveCreditAgencies(page.photo.agencies, registry).organizations
    : []
  const citedAgencies = entries(body.organizations).filter((entry) => entry.kind === 'news agency')
  const slug = slugify(page.headline)
  const bySlug = new Map(registry.people.map((person) => [person.key, person.slug]))
  return {
    id: 1,
    headline: page.headline,
    slug,
    paragraphs: page.paragraphs,
    publishedAt: page.publishedAt,
    dateline: { filedAt: page.publishedAt },
    section: page.section,
    authors: [],
    people: people.map(personRef),
    organizations: organizations.map(organizationRef),
    tags: [
      ...tags.places.map((entry) => ({ name: entry.name, slug: entry.slug, kind: entry.kind })),
      ...tags.topics.map((topic) => ({
        name: topic.name,
        slug: registry.tags.find((entry) => entry.key === topic.key)?.slug ?? slugify(topic.name),
        kind: 'topic' as const,
      })),
    ],
    leadImage: page.photo
      ? {
          id: 1,
          url: `https://news.example.com/media/${slug}.jpg`,
          width: 1200,
          height: 800,
          mimeType: 'image/jpeg',
          alt: page.photo.caption,
          caption: page.photo.caption,
          creditLine: page.photo.creditLine,
          agencies: photoAgencies.map(organizationRef),
        }
      : undefined,
    sourceAgencies: uniqueByKey([...citedAgencies, ...photoAgencies]).map(organizationRef),
    relatedLinks: page.relatedLinks.map((link) => ({ kind: 'external' as const, ...link })),
    quotes: attributeQuotes(page.paragraphs, registry, { date }).quotes.map((quote) => ({
      text: quote.text,
      speakerSlug: quote.speaker ? bySlug.get(quote.speaker) : undefined,
    })),
    corrections: [],
  }
}
