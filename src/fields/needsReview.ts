import type { CheckboxField } from 'payload'

/**
 * What the importer could not type for sure (a new person, an unknown agency, a quote without a
 * speaker) is marked for an editor to check; the desk's dashboard lists it under import review.
 */
export const needsReviewField = (): CheckboxField => ({
  name: 'needsReview',
  label: 'Needs review',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  admin: {
    position: 'sidebar',
    description: 'Set by the importer when it was not sure; clear it once checked.',
  },
})
