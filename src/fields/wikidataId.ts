import type { TextField } from 'payload'

import { isWikidataId } from '../domain/wikidata'
import { emptyMeansNone } from './emptyMeansNone'

/** The stable identity of a real person or organisation, used for `sameAs` links. */
export const wikidataIdField = (): TextField => ({
  name: 'wikidataId',
  type: 'text',
  label: 'Wikidata ID',
  unique: true,
  index: true,
  hooks: { beforeValidate: [emptyMeansNone] },
  admin: { description: 'For example Q7184 for NATO. Find it on wikidata.org.' },
  validate: (value: null | string | string[] | undefined) =>
    value == null || value === '' || (typeof value === 'string' && isWikidataId(value))
      ? true
      : `"${String(value)}" is not a Wikidata ID: expected Q followed by digits, e.g. Q7184`,
})
