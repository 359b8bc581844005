import { describe, expect, test } from 'vitest'

import { buildMongoModels } from '../../../test/support/mongoModels'

/**
 * A change to a person, tag or section finds what shows or links it through these fields
 * (deliveryStore.ts `shows.shown`, searchStore.ts `linked.link`); without their indexes each
 * change would read every document. Payload declares them from the collections' `index: true`.
 */
describe('the fan-out fields are indexed on MongoDB', async () => {
  const { collections } = await buildMongoModels()
  test.each([
    ['delivery-stories', 'shows.shown'],
    ['search-documents', 'linked.link'],
  ])('%s: %s', (slug, path) => {
    const keys = collections[slug]!.schema.indexes().map(([key]) => Object.keys(key).join())
    expect(keys).toContain(path)
  })
})
