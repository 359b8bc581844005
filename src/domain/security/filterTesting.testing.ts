import type { FilterCollection, FilterField, FilterSchema } from './filterFields'

/** A small newsroom as filters see it: articles with a dated group, links, a join on tags. */
const ids = { kind: 'number', max: 2_147_483_647 } as const

const fields = (list: FilterField[]): Map<string, FilterField> =>
  new Map(list.map((field) => [field.name, field]))

const articles: FilterCollection = {
  slug: 'articles',
  fields: fields([
    { name: 'id', kind: 'id', ids },
    { name: 'headline', kind: 'text' },
    { name: 'body', kind: 'richText' },
    { name: 'publishedAt', kind: 'date' },
    { name: 'isSeeded', kind: 'checkbox' },
    { name: 'workflowStage', kind: 'select', options: ['draft', 'in_review', 'published'] },
    {
      name: 'dateline',
      kind: 'group',
      fields: fields([
        { name: 'place', kind: 'text' },
        { name: 'filedAt', kind: 'date' },
      ]),
    },
    {
      name: 'quotes',
      kind: 'array',
      fields: fields([
        { name: 'id', kind: 'text' },
        { name: 'start', kind: 'number' },
        { name: 'speaker', kind: 'relationship', relationTo: ['tags'], ids },
      ]),
    },
    { name: 'section', kind: 'relationship', relationTo: ['sections'], ids },
    { name: 'leadImage', kind: 'relationship', relationTo: ['media'], ids },
    { name: 'tags', kind: 'relationship', relationTo: ['tags'], hasMany: true, ids },
    { name: 'aliases', kind: 'text', hasMany: true },
    { name: 'ninjs', kind: 'virtual' },
  ]),
}

const sections: FilterCollection = {
  slug: 'sections',
  fields: fields([
    { name: 'id', kind: 'id', ids },
    { name: 'name', kind: 'text' },
  ]),
}

const media: FilterCollection = {
  slug: 'media',
  fields: fields([
    { name: 'id', kind: 'id', ids },
    { name: 'alt', kind: 'text' },
  ]),
  closedToLinks: 'who may see an image depends on the stories that use it',
}

const tags: FilterCollection = {
  slug: 'tags',
  fields: fields([
    { name: 'id', kind: 'id', ids },
    { name: 'name', kind: 'text' },
    { name: 'aliases', kind: 'text', hasMany: true },
    { name: 'articles', kind: 'join', relationTo: ['articles'], ids },
  ]),
}

const locks: FilterCollection = {
  slug: 'payload-locked-documents',
  fields: fields([
    { name: 'id', kind: 'id', ids },
    { name: 'document', kind: 'polymorphic', relationTo: ['articles', 'tags'], ids },
  ]),
}

export const NEWSROOM: FilterSchema = {
  collections: new Map([articles, sections, media, tags, locks].map((each) => [each.slug, each])),
  versions: new Map(),
}

export const ARTICLES = articles
export const TAGS = tags
export const LOCKS = locks
