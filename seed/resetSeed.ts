import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { inTransaction } from '../src/database/transaction'
import type { Article } from '../src/payload-types'
import type { ImportedCollection } from '../src/importer/types'

type Registry = Exclude<ImportedCollection, 'articles'>

/** Where documents of each kind are pointed at from elsewhere. */
const REFERENCES: Record<Registry, Array<{ collection: CollectionSlug; field: string }>> = {
  media: [{ collection: 'articles', field: 'leadImage' }],
  people: [
    { collection: 'articles', field: 'people' },
    { collection: 'articles', field: 'authors' },
    { collection: 'articles', field: 'quotes.speaker' },
  ],
  organizations: [
    { collection: 'articles', field: 'organizations' },
    { collection: 'articles', field: 'sourceAgencies' },
    { collection: 'media', field: 'agencies' },
    { collection: 'people', field: 'positions.organization' },
    { collection: 'organizations', field: 'parent' },
  ],
  tags: [{ collection: 'articles', field: 'tags' }],
  sections: [{ collection: 'articles', field: 'section' }],
}
const REGISTRY_ORDER: Registry[] = ['media', 'people', 'organizations', 'tags', 'sections']

export interface SeedResetReport {
  deleted: Record<ImportedCollection, number>
  /** Seed documents that content made by hand still points at, so they stay. */
  kept: Array<{ collection: ImportedCollection; id: number | string }>
}

const common = (req: PayloadRequest) => ({ req, overrideAccess: true, depth: 0 }) as const

const isReferenced = async (req: PayloadRequest, collection: Registry, id: number | string) => {
  for (const reference of REFERENCES[collection]) {
    const { totalDocs } = await req.payload.count({
      collection: reference.collection,
      where: { [reference.field]: { equals: id } },
      ...common(req),
    })
    if (totalDocs > 0) return true
  }
  return false
}

/** Hand-made stories that link to a seed story keep the link, as an external one. */
const detachLinksTo = async (req: PayloadRequest, headlines: Map<number | string, string>) => {
  const articleIds = [...headlines.keys()]
  // Straight from the database: read hooks may hide links to drafts from a request without a user.
  const { docs } = (await req.payload.db.find({
    collection: 'articles',
    where: {
      and: [{ 'relatedLinks.article': { in: articleIds } }, { isSeeded: { not_equals: true } }],
    },
    pagination: false,
    req,
  })) as { docs: Article[] }
  for (const doc of docs) {
    const relatedLinks = (doc.relatedLinks ?? []).map((link) => {
      const target = typeof link.article === 'object' ? link.article?.id : link.article
      return target != null && articleIds.includes(target)
        ? { id: link.id, article: null, title: link.title || headlines.get(target), url: link.url }
        : link
    })
    await req.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { relatedLinks },
      ...common(req),
    })
  }
}

/**
 * Documents that cannot exist without their article (a required relationship to it, such as an
 * editorial log entry) go with a seed article; the database would refuse to orphan them.
 */
const deleteDependents = async (req: PayloadRequest, articleIds: Array<number | string>) => {
  for (const collection of req.payload.config.collections) {
    if (collection.slug === 'articles') continue
    for (const field of collection.flattenedFields) {
      if (field.type !== 'relationship' || field.relationTo !== 'articles' || !field.required)
        continue
      await req.payload.delete({
        collection: collection.slug,
        where: { [field.name]: { in: articleIds } },
        ...common(req),
      })
    }
  }
}

/**
 * Removes what `npm run seed` created and nothing else, in one transaction. A seed person, tag or
 * organisation that hand-made content still uses is kept and listed.
 */
export const resetSeed = async (payload: Payload): Promise<SeedResetReport> =>
  inTransaction(payload, { isSeed: true }, async (req) => {
    const report: SeedResetReport = {
      deleted: { articles: 0, media: 0, people: 0, organizations: 0, tags: 0, sections: 0 },
      kept: [],
    }
    const seeded = { isSeeded: { equals: true } }
    const articles = await payload.find({
      collection: 'articles',
      where: seeded,
      pagination: false,
      ...common(req),
    })
    const articleIds = articles.docs.map((doc) => doc.id)
    if (articleIds.length > 0) {
      await detachLinksTo(req, new Map(articles.docs.map((doc) => [doc.id, doc.headline])))
      await deleteDependents(req, articleIds)
      // One by one: a bulk delete reports a refused document instead of throwing.
      for (const id of articleIds)
        await payload.delete({ collection: 'articles', id, ...common(req) })
    }
    report.deleted.articles = articleIds.length

    // Repeat until nothing more can go: deleting a seed person frees the organisations they worked for.
    let remaining = new Map<Registry, Array<number | string>>()
    for (const collection of REGISTRY_ORDER) {
      const { docs } = await payload.find({
        collection,
        where: seeded,
        pagination: false,
        ...common(req),
      })
      remaining.set(
        collection,
        docs.map((doc) => doc.id),
      )
    }
    let hasDeleted = true
    while (hasDeleted) {
      hasDeleted = false
      const next = new Map<Registry, Array<number | string>>()
      for (const collection of REGISTRY_ORDER) {
        const still: Array<number | string> = []
        for (const id of remaining.get(collection) ?? []) {
          if (await isReferenced(req, collection, id)) {
            still.push(id)
            continue
          }
          await payload.delete({ collection, id, ...common(req) })
          report.deleted[collection] += 1
          hasDeleted = true
        }
        next.set(collection, still)
      }
      remaining = next
    }
    for (const [collection, ids] of remaining) {
      for (const id of ids) report.kept.push({ collection, id })
    }
    return report
  })
