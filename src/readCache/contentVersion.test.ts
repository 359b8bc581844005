import type { CollectionConfig, Config } from 'payload'
import { describe, expect, test } from 'vitest'

import { contentVersionPlugin } from './contentVersion'

const ownHook = () => undefined
const COLLECTIONS: CollectionConfig[] = [
  { slug: 'articles', fields: [], versions: { drafts: true }, hooks: { afterChange: [ownHook] } },
  { slug: 'tags', fields: [] },
  { slug: 'users', fields: [], auth: true },
  { slug: 'editorial-log', fields: [] },
]

const wired = async () => {
  const config = await contentVersionPlugin({ collections: COLLECTIONS } as Config)
  return new Map((config.collections ?? []).map((collection) => [collection.slug, collection]))
}

describe('the content version plugin', () => {
  test('content readers can see moves the version on, after the collection’s own hooks', async () => {
    const { hooks } = (await wired()).get('articles')!
    expect(hooks?.afterChange).toHaveLength(2)
    expect(hooks?.afterChange?.[0]).toBe(ownHook)
    expect(hooks?.afterDelete).toHaveLength(1)
    // Draft-only saves are told apart before the operation runs.
    expect(hooks?.beforeOperation).toHaveLength(1)
    expect((await wired()).get('tags')?.hooks?.beforeOperation).toBeUndefined()
  })

  test.each(['users', 'editorial-log'])(
    '%s, which readers cannot see, is left alone',
    async (slug) => {
      expect((await wired()).get(slug)?.hooks).toBeUndefined()
    },
  )

  test('the version row is written after the config’s own start-up', async () => {
    const calls: string[] = []
    const config = await contentVersionPlugin({
      collections: [],
      onInit: async () => {
        calls.push('own')
      },
    } as unknown as Config)
    // No payload-kv collection in this bare Payload: the row write has nothing to do.
    await config.onInit?.({ collections: {} } as never)
    expect(calls).toEqual(['own'])
  })
})
