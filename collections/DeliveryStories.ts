import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/nobody'
import { DELIVERY_STORIES_SLUG } from '../src/readCache/delivery/slug'

/**
 * The delivery read model (src/readCache/delivery/): each published story's public
 * representation as readers get it, rendered once when it or anything it shows changes, so an
 * anonymous read is one indexed lookup. Bookkeeping of the read path, not content: nobody reads
 * or writes it through the API, and it is not in the admin.
 */
export const DeliveryStories: CollectionConfig = {
  slug: DELIVERY_STORIES_SLUG,
  admin: { hidden: true },
  graphQL: false,
  timestamps: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  // A section's latest on MongoDB, walked in order and counted from the index alone (SQL reads
  // its lists from collections/DeliveryListEntries.ts). `story` is in it because a list skips
  // rows whose story was deleted.
  indexes: [{ fields: ['section', 'publishedAt', 'storyCreatedAt', 'story'] }],
  fields: [
    // Emptied by the database when the story is deleted; such a row is never served, and removed.
    { name: 'story', type: 'relationship', relationTo: 'articles', unique: true },
    { name: 'slug', type: 'text', index: true },
    { name: 'section', type: 'relationship', relationTo: 'sections' },
    { name: 'publishedAt', type: 'date' },
    /** The story's createdAt: Payload's tie-break after the asked sort (see lists.ts). */
    { name: 'storyCreatedAt', type: 'date' },
    /**
     * Set in the transaction of any write that may change what the story shows; a stale row is
     * never served, and is rendered again after the write (render.ts).
     */
    { name: 'isStale', type: 'checkbox', defaultValue: true, index: true },
    /** A new value with every mark: a render writes only if the mark it started from still holds. */
    { name: 'staleToken', type: 'text' },
    /**
     * `collection:id` of every document the rendering shows, for a change's fan-out: a row of its
     * own each, indexed, so a change finds the stories that show it without reading every story
     * (a LIKE over one column read the whole table on every publish: 215-250 ms at 100 000).
     */
    {
      name: 'shows',
      type: 'array',
      fields: [{ name: 'shown', type: 'text', required: true, index: true }],
    },
    // The renderings, as the bytes Payload answers (text, never JSON: key order is kept).
    { name: 'depthZero', type: 'textarea' },
    { name: 'depthOne', type: 'textarea' },
    { name: 'depthTwo', type: 'textarea' },
    { name: 'ninjs', type: 'textarea' },
    { name: 'jsonLd', type: 'textarea' },
    { name: 'graphqlBySlug', type: 'textarea' },
    { name: 'graphqlArticlePage', type: 'textarea' },
  ],
}
