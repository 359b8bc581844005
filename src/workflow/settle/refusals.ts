import { APIError, ValidationError } from 'payload'
import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { GateFailure } from '../../domain/workflow/contentGates'

/** A refused save: the rule's name travels with the message, so a client can tell rules apart. */
export const refuse = (message: string, rule: string, status: number): APIError =>
  new APIError(`${message} [${rule}]`, status, { rule }, true)

/** One error per field, labelled as the admin labels the field it shows the message next to. */
export const invalid = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  failures: GateFailure[],
): ValidationError => {
  const labelOf = (path: string) => {
    const field = collection.flattenedFields.find((candidate) => candidate.name === path)
    return field && 'label' in field && typeof field.label === 'string' ? field.label : undefined
  }
  const errors = failures.map((failure) => ({ ...failure, label: labelOf(failure.path) }))
  return new ValidationError({ collection: collection.slug, errors, req })
}
