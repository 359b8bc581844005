import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/nobody'
import { SEARCH_DOCUMENTS_SLUG } from '../src/search/slug'

/**
 * The search index's rows (src/search/): a story's text as readers are shown it, and as staff last
 * saved it, each with what the filters read. A story whose newest draft is what readers see has one
 * row for both. Each database's own engine indexes these rows (SQLite FTS5, a PostgreSQL tsvector
 * with a GIN index, a MongoDB text index: src/database/). Bookkeeping, not content: nobody reads or
 * writes it through the API, and it is not in the admin.
 */
export const SearchDocuments: CollectionConfig = {
  slug: SEARCH_DOCUMENTS_SLUG,
  admin: { hidden: true },
  graphQL: false,
  timestamps: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    // Not required: deleting a story sets it to null before the index removes the row.
    { name: 'story', type: 'relationship', relationTo: 'articles', index: true },
    /** Readers' text: the story is live and this is what they are shown. */
    { name: 'isPublished', type: 'checkbox', defaultValue: false, index: true },
    /** Staff's text: the story's newest version, draft or not. */
    { name: 'isLatest', type: 'checkbox', defaultValue: false, index: true },
    /** A linked person, organisation, tag or section changed: the names are refreshed after it. */
    { name: 'isStale', type: 'checkbox', defaultValue: false, index: true },
    /** New with every mark: a refresh writes only if the mark it read still holds. */
    { name: 'staleMark', type: 'text' },
    { name: 'slug', type: 'text' },
    // The text as shown, for the passage a result quotes; the engines index it folded.
    { name: 'headline', type: 'textarea' },
    { name: 'standfirst', type: 'textarea' },
    { name: 'body', type: 'textarea' },
    { name: 'quotes', type: 'textarea' },
    { name: 'names', type: 'textarea' },
    // Filters: the section's slug; `|slug|` lists of the tags' and people's.
    { name: 'section', type: 'text' },
    { name: 'tags', type: 'textarea' },
    { name: 'people', type: 'textarea' },
    /** `|collection:id|` of every linked document: what a refresh reads the names of. */
    { name: 'links', type: 'textarea' },
    /**
     * The same links, a row each and indexed, for a change's fan-out: a person renamed finds the
     * rows that link them without reading every row (a LIKE over `links` read the whole table in
     * the rename's transaction: 262 ms on SQLite and 154 ms on PostgreSQL at 100 000 stories).
     */
    {
      name: 'linked',
      type: 'array',
      fields: [{ name: 'link', type: 'text', required: true, index: true }],
    },
    /** Published, or for a story never published its last save: what `from` and `to` compare. */
    { name: 'datedAt', type: 'date', index: true },
    { name: 'publishedAt', type: 'date' },
  ],
}
