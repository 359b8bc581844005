import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/nobody'
import { DELIVERY_LIST_ENTRIES_SLUG } from '../src/readCache/delivery/slug'

/**
 * The read model's lists (src/readCache/delivery/): a row for each list a rendered story is in
 * (`section:3`, `tags:7`, `people:12`, as src/domain/publishing/storyLists.ts names them), with
 * the story's sort keys, written with the story's rendering. A list's page is then the first rows
 * of one index, and its count that index's rows, however many stories the archive holds: from
 * the stories' tags and people (Payload's relationship table, joined to the rendered rows and
 * sorted whole) a popular tag's page cost 2 ms at 100 000 stories and grew with the archive.
 * Bookkeeping of the read path, not content: nobody reads or writes it through the API.
 */
export const DeliveryListEntries: CollectionConfig = {
  slug: DELIVERY_LIST_ENTRIES_SLUG,
  admin: { hidden: true },
  graphQL: false,
  timestamps: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  indexes: [
    // A list's page, walked in order and stopping at it, and its count, from the index alone.
    // `story` is in it because a list skips entries whose story was deleted (`story IS NOT NULL`).
    { fields: ['list', 'publishedAt', 'storyCreatedAt', 'story'] },
    // A story is in a list once (a render's entries are upserted on it).
    { fields: ['story', 'list'], unique: true },
  ],
  fields: [
    { name: 'list', type: 'text', required: true },
    // Emptied by the database when the story is deleted; such an entry is never counted, and
    // removed.
    { name: 'story', type: 'relationship', relationTo: 'articles' },
    { name: 'publishedAt', type: 'date' },
    /** The story's createdAt: Payload's tie-break after `-publishedAt`. */
    { name: 'storyCreatedAt', type: 'date' },
  ],
}
