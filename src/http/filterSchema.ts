import { buildVersionCollectionFields } from 'payload'
import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { CLOSED_TO_LINKS } from '../domain/security/filterFields'
import type {
  FilterCollection,
  FilterField,
  FilterSchema,
  IdFormat,
} from '../domain/security/filterFields'

/**
 * The content model as queries see it (src/domain/security/filterFields.ts), read once from the
 * sanitized Payload config: every collection's flattened fields, nested groups, arrays,
 * relationships and joins included, and the version fields of versioned collections.
 */
export const filterSchemaOf = (config: SanitizedConfig, ids: IdFormat): FilterSchema => {
  const idsOf = new Map<string, IdFormat>(
    config.collections.map((collection) => [collection.slug, collectionIds(collection, ids)]),
  )
  const fieldOf = (field: FlattenedField): FilterField => {
    const name = field.name
    if ('virtual' in field && field.virtual === true) return { name, kind: 'virtual' }
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        return { name, kind: 'text', hasMany: 'hasMany' in field && field.hasMany === true }
      case 'number':
        return { name, kind: 'number', hasMany: field.hasMany === true }
      case 'date':
        return { name, kind: 'date' }
      case 'checkbox':
        return { name, kind: 'checkbox' }
      case 'select':
      case 'radio':
        return {
          name,
          kind: 'select',
          hasMany: field.type === 'select' && field.hasMany === true,
          options: field.options.map((option) =>
            typeof option === 'string' ? option : option.value,
          ),
        }
      case 'relationship':
      case 'upload': {
        const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        const formats = targets.map((slug) => idsOf.get(slug))
        return {
          name,
          kind: Array.isArray(field.relationTo) ? 'polymorphic' : 'relationship',
          hasMany: field.hasMany === true,
          relationTo: targets,
          // A polymorphic link's ids are checked only when every target writes them alike.
          ids: formats.every((format) => sameFormat(format, formats[0])) ? formats[0] : undefined,
        }
      }
      case 'join': {
        const targets = Array.isArray(field.collection) ? field.collection : [field.collection]
        return { name, kind: 'join', relationTo: targets, ids: idsOf.get(targets[0]!) }
      }
      case 'richText':
        return { name, kind: 'richText' }
      case 'json':
        return { name, kind: 'json' }
      case 'point':
        return { name, kind: 'point' }
      case 'group':
      case 'tab':
        return { name, kind: 'group', fields: fieldsOf(field.flattenedFields) }
      case 'array':
        return { name, kind: 'array', fields: fieldsOf(field.flattenedFields) }
      case 'blocks': {
        const inner = (field.blockReferences ?? field.blocks).flatMap((block) =>
          typeof block === 'string' ? [] : block.flattenedFields,
        )
        const fields = fieldsOf(inner)
        const types = field.blocks.map((block) => block.slug)
        return {
          name,
          kind: 'blocks',
          fields: new Map([
            ...fields,
            ['blockType', { name: 'blockType', kind: 'select', options: types }],
          ]),
        }
      }
      default:
        return { name, kind: 'virtual' }
    }
  }
  const fieldsOf = (fields: readonly FlattenedField[]): Map<string, FilterField> =>
    new Map(fields.map((field) => [field.name, fieldOf(field)]))

  const collectionOf = (slug: string, fields: readonly FlattenedField[]): FilterCollection => {
    const map = fieldsOf(fields)
    if (!map.has('id')) map.set('id', { name: 'id', kind: 'id', ids: idsOf.get(slug) })
    else map.set('id', { ...map.get('id')!, kind: 'id', ids: idsOf.get(slug) })
    return { slug, fields: map }
  }

  const collections = new Map(
    config.collections.map((collection) => {
      const closedToLinks = collection.custom?.[CLOSED_TO_LINKS]
      return [
        collection.slug,
        {
          ...collectionOf(collection.slug, collection.flattenedFields),
          ...(typeof closedToLinks === 'string' ? { closedToLinks } : {}),
        },
      ]
    }),
  )
  const versions = new Map(
    config.collections
      .filter((collection) => collection.versions)
      .map((collection) => [
        collection.slug,
        collectionOf(
          `${collection.slug} versions`,
          buildVersionCollectionFields(config, collection, true) as FlattenedField[],
        ),
      ]),
  )
  // Version ids are the database's own, whatever the collection's are.
  for (const version of versions.values()) {
    ;(version.fields as Map<string, FilterField>).set('id', { name: 'id', kind: 'id', ids })
  }
  return { collections, versions }
}

const collectionIds = (collection: SanitizedCollectionConfig, ids: IdFormat): IdFormat => {
  const custom = collection.flattenedFields.find((field) => field.name === 'id')
  if (!custom) return ids
  return custom.type === 'number'
    ? { kind: 'number', max: Number.MAX_SAFE_INTEGER }
    : { kind: 'text', maxLength: 255 }
}

const sameFormat = (a: IdFormat | undefined, b: IdFormat | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b)
