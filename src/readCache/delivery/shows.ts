import type { FlattenedField, Payload } from 'payload'

import { isRecord } from '../../domain/isRecord'

type Id = number | string

const isId = (value: unknown): value is Id =>
  typeof value === 'number' || (typeof value === 'string' && value !== '')

/**
 * Every document a rendered story shows, as `collection:id`, found by walking its deepest
 * rendering (REST at depth 2) along the collections' fields: populated relationships and uploads,
 * ids left unpopulated (a related story's status still decides whether its link shows), and the
 * uploads and relationships inside rich text. Whatever a shallower rendering shows is in it.
 */
export const documentsShown = (payload: Payload, story: Record<string, unknown>): Set<string> => {
  const shown = new Set<string>()
  const fieldsOf = (collection: string): FlattenedField[] =>
    payload.collections[collection as keyof typeof payload.collections]?.config.flattenedFields ??
    []

  const visitDocument = (collection: string, value: unknown): void => {
    if (isId(value)) {
      shown.add(`${collection}:${value}`)
      return
    }
    if (!isRecord(value) || !isId(value.id)) return
    const key = `${collection}:${value.id}`
    if (shown.has(key)) return
    shown.add(key)
    visitFields(fieldsOf(collection), value)
  }

  const visitRelation = (relationTo: string | string[], value: unknown): void => {
    if (Array.isArray(relationTo)) {
      if (isRecord(value) && typeof value.relationTo === 'string') {
        visitDocument(value.relationTo, value.value)
      }
      return
    }
    visitDocument(relationTo, value)
  }

  const visitRichText = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visitRichText)
    if (!isRecord(node)) return
    if (typeof node.relationTo === 'string' && 'value' in node) {
      visitDocument(node.relationTo, node.value)
    }
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) visitRichText(child)
    }
  }

  const visitFields = (fields: FlattenedField[], data: Record<string, unknown>): void => {
    for (const field of fields) {
      const value = data[field.name]
      if (value == null) continue
      switch (field.type) {
        case 'relationship':
        case 'upload':
          for (const each of Array.isArray(value) ? value : [value]) {
            visitRelation(field.relationTo, each)
          }
          break
        case 'group':
          if (isRecord(value)) visitFields(field.flattenedFields, value)
          break
        case 'array':
          for (const row of Array.isArray(value) ? value : []) {
            if (isRecord(row)) visitFields(field.flattenedFields, row)
          }
          break
        case 'blocks':
          for (const row of Array.isArray(value) ? value : []) {
            const block = field.blocks.find((each) => isRecord(row) && each.slug === row.blockType)
            if (block && isRecord(row)) visitFields(block.flattenedFields, row)
          }
          break
        case 'richText':
          visitRichText(value)
          break
        default:
          break
      }
    }
  }

  visitDocument('articles', story)
  return shown
}
