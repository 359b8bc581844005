import { Types } from 'mongoose'
import { describe, expect, test } from 'vitest'

import { buildMongoModels as buildModels } from '../../../test/support/mongoModels'
import { isReplacedSparseIndex, uniqueWhenSetName } from './uniqueWhenSet'

describe('unique fields on MongoDB', async () => {
  const { config, collections } = await buildModels()
  const uniqueIndexes = Object.entries(collections).flatMap(([slug, model]) =>
    model.schema
      .indexes()
      .filter(([, options]) => options.unique === true)
      .map(([key, options]) => ({ slug, path: Object.keys(key).join(), options })),
  )

  test('every unique field that may be left empty is unique only when it holds a value', () => {
    const optional = config.collections.flatMap((collection) =>
      collection.flattenedFields
        .flatMap((field) =>
          field.type === 'group'
            ? field.flattenedFields.map((sub) => ({ ...sub, name: `${field.name}.${sub.name}` }))
            : [field],
        )
        .filter((field) => 'unique' in field && field.unique === true)
        .filter((field) => {
          const hasDrafts = Boolean(collection.versions && collection.versions.drafts)
          return hasDrafts || !('required' in field && field.required === true)
        })
        .map((field) => `${collection.slug}.${field.name}`),
    )
    // The fields this was written for, so a rename cannot make the check vacuous.
    expect(optional).toEqual(
      expect.arrayContaining([
        'people.wikidataId',
        'organizations.wikidataId',
        'articles.source.reference',
        'articles.slug',
        'delivery-stories.story',
      ]),
    )
    for (const name of optional) {
      const [slug = '', ...rest] = name.split('.')
      const path = rest.join('.')
      const index = uniqueIndexes.find((found) => found.slug === slug && found.path === path)
      expect(index, name).toBeDefined()
      expect(index?.options.sparse, name).toBeUndefined()
      const lowest = path === 'story' ? new Types.ObjectId('000000000000000000000000') : ''
      expect(index?.options.partialFilterExpression, name).toEqual({ [path]: { $gt: lowest } })
      expect(index?.options.name, name).toBe(uniqueWhenSetName(path))
    }
  })

  test('a required unique field keeps its plain unique index', () => {
    const email = uniqueIndexes.find((found) => found.slug === 'users' && found.path === 'email')
    expect(email?.options.partialFilterExpression).toBeUndefined()
    expect(email?.options.sparse).toBeUndefined()
  })

  test.each([
    [{ name: 'wikidataId_1', key: { wikidataId: 1 }, unique: true, sparse: true }, true],
    [
      {
        name: 'wikidataId_unique_when_set',
        key: { wikidataId: 1 },
        unique: true,
        partialFilterExpression: {},
      },
      false,
    ],
    [{ name: 'slug_1', key: { slug: 1 }, unique: true, sparse: true }, false],
    [{ name: 'wikidataId_1', key: { wikidataId: 1 } }, false],
  ])(
    'an earlier sparse index is dropped only where it is the one replaced: %o',
    (index, expected) => {
      expect(
        isReplacedSparseIndex(index, { path: 'wikidataId', name: uniqueWhenSetName('wikidataId') }),
      ).toBe(expected)
    },
  )
})
