/** The read model's collection (collections/DeliveryStories.ts). */
export const DELIVERY_STORIES_SLUG = 'delivery-stories'

/** The read model's lists (collections/DeliveryListEntries.ts). */
export const DELIVERY_LIST_ENTRIES_SLUG = 'delivery-list-entries'
