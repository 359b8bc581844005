import type { Payload } from 'payload'

import type { CollectionShape } from './restInputs'

/** A few real documents, so detail routes and relationship values can point at something. */
export const seedTargets = async (payload: Payload): Promise<void> => {
  const section = await payload.create({
    collection: 'sections',
    data: { name: 'World', slug: 'world' } as never,
    overrideAccess: true,
  })
  const tag = await payload.create({
    collection: 'tags',
    data: { name: 'Missile shield', kind: 'topic' } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'people',
    data: { name: 'Dmitry Rogozin' } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'organizations',
    data: { name: 'NATO' } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'articles',
    data: { headline: 'NATO and Russia at odds', section: section.id, tags: [tag.id] } as never,
    overrideAccess: true,
    draft: true,
  })
}

/** Each collection's top-level fields and real ids, read from the running config. */
export const collectionShapes = async (payload: Payload): Promise<CollectionShape[]> => {
  const shapes: CollectionShape[] = []
  for (const collection of payload.config.collections) {
    const { docs } = await payload.find({
      collection: collection.slug as 'articles',
      overrideAccess: true,
      depth: 0,
      limit: 5,
    })
    shapes.push({
      slug: collection.slug,
      fields: collection.flattenedFields
        .filter((field) => 'name' in field && field.name !== 'id')
        .map((field) => ({
          name: field.name,
          type: field.type,
          required: 'required' in field && field.required === true,
        })),
      ids: docs.map((doc) => doc.id),
      writable: !collection.slug.startsWith('payload-'),
    })
  }
  return shapes
}
