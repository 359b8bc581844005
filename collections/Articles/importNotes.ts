import type { ArrayField } from 'payload'

import { isStaffField } from '../../src/access/isStaff'
import { IMPORT_NOTE_KINDS } from '../../src/domain/importing/types'

const KIND_LABELS: Record<(typeof IMPORT_NOTE_KINDS)[number], string> = {
  warning: 'Warning',
  newEntity: 'New person, organisation or place',
  unattributedQuote: 'Quote without a named speaker',
}

/**
 * What the last import of this story wants an editor to check: warnings, entities it created and
 * quotes from unnamed sources. Written by the importer only; staff read it, readers never do.
 */
export const importNotesField: ArrayField = {
  name: 'importNotes',
  label: 'Import notes',
  type: 'array',
  access: { read: isStaffField, create: () => false, update: () => false },
  admin: {
    readOnly: true,
    initCollapsed: true,
    description: 'From the wire import. Check them, then clear "Needs review".',
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: IMPORT_NOTE_KINDS.map((kind) => ({ label: KIND_LABELS[kind], value: kind })),
    },
    { name: 'message', type: 'text', required: true },
  ],
}
