import type { CheckboxField } from 'payload'

import { isStaffField } from '../access/isStaff'

/**
 * The review queue: the importer ticks it on what it created or could not place, and an editor
 * clears it once they have checked. Readers never see it.
 */
export const needsReviewField = (): CheckboxField => ({
  name: 'needsReview',
  label: 'Needs review',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  access: { read: isStaffField },
  admin: {
    position: 'sidebar',
    description: 'Set by the importer; clear it once you have checked this.',
  },
})
