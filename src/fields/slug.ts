import { slugField } from 'payload'
import type { FieldHook, RowField, TextField } from 'payload'

import { slugify } from '../domain/slug'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Payload's slug field, spelled by the project's one slug helper. Payload fills the slug in the
 * admin's browser; API clients send none, so it is also filled before validation from the
 * source field, and a client never has to send one.
 */
export const newsroomSlugField = (useAsSlug: string): RowField =>
  slugField({
    useAsSlug,
    required: false,
    slugify: ({ valueToSlugify }) =>
      typeof valueToSlugify === 'string' ? slugify(valueToSlugify) || undefined : undefined,
    overrides: (row) => {
      const slug = row.fields.find((field) => 'name' in field && field.name === 'slug') as TextField
      const fillFromSource: FieldHook = ({ value, siblingData }) => {
        const source = siblingData?.[useAsSlug]
        if (typeof value === 'string' && value !== '') return value
        return typeof source === 'string' ? slugify(source) : value
      }
      slug.hooks = { ...slug.hooks, beforeValidate: [fillFromSource] }
      // With no source either, the source field's own "required" error is the one to show.
      slug.validate = (
        value: null | string | string[] | undefined,
        { siblingData }: { siblingData: Record<string, unknown> },
      ) => {
        if ((value == null || value === '') && !siblingData?.[useAsSlug]) return true
        return typeof value === 'string' && SLUG_PATTERN.test(value)
          ? true
          : `A slug is lowercase letters, digits and single hyphens (e.g. nato-russia-talks); got "${String(value ?? '')}"`
      }
      return row
    },
  })
