import type { TextareaField } from 'payload'

import { isStaffField } from '../access/isStaff'

/**
 * The sentence of the wire page that showed the importer this person, organisation or place, so
 * an editor can check it without opening the story. It may quote a draft, so readers never see it.
 */
export const foundInField = (): TextareaField => ({
  name: 'foundIn',
  label: 'Found in',
  type: 'textarea',
  access: { read: isStaffField },
  admin: {
    readOnly: true,
    description: 'The wire sentence the importer found this in.',
  },
})
