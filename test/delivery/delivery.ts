import type { Payload } from 'payload'

import type { Article } from '../../src/payload-types'

/** The seed story's slug (seed/stories/000_c5d2321bc6b974fc.txt). */
export const SEED_SLUG = 'nato-russia-still-at-odds-over-missile-shield-in-europe'
export const SEED_HEADLINE = 'NATO, Russia Still at Odds over Missile Shield in Europe'

export const PREVIEW_KEY = 'preview-fedcba9876543210fedcba9876543210'
export const PREVIEW = { Authorization: `preview-keys API-Key ${PREVIEW_KEY}` }

export const seededStory = async (payload: Payload): Promise<Article> => {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: SEED_SLUG } },
    depth: 0,
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error(`The seed story ${SEED_SLUG} is missing`)
  return docs[0]
}

/** A read-only preview key, as an admin creates one for a front end's preview mode. */
export const createPreviewKey = (payload: Payload) =>
  payload.create({
    collection: 'preview-keys',
    data: { name: 'Website preview', enableAPIKey: true, apiKey: PREVIEW_KEY },
  })

/** Publishes a change to a live story as an editor would, with access overridden. */
export const publishChange = (payload: Payload, id: number, data: Partial<Article>) =>
  payload.update({
    collection: 'articles',
    id,
    data: { ...data, _status: 'published' },
    overrideAccess: true,
  })
