/** The read model's collection (collections/DeliveryStories.ts). */
export const DELIVERY_STORIES_SLUG = 'delivery-stories'
