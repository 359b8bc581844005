import type { CheckboxField } from 'payload'

/** Marks what `npm run seed` created, so `npm run seed -- --reset` removes that and nothing else. */
export const isSeededField = (): CheckboxField => ({
  name: 'isSeeded',
  label: 'Seed content',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  // Only the seed (Local API, access overridden) sets it; no client can mark or unmark content.
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
})
