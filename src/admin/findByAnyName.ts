import type {
  CollectionAfterReadHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  Where,
} from 'payload'

import { isStaffUser } from '../access/roles'
import { foldText } from '../domain/foldText'

type Condition = Record<string, unknown>

/** `{ name: { like: 'Sergei' } }` → the search text, or null for any other condition. */
const searchedText = (condition: Condition, titleField: string): null | string => {
  const keys = Object.keys(condition)
  if (keys.length !== 1 || keys[0] !== titleField) return null
  const operators = condition[titleField]
  if (!operators || typeof operators !== 'object') return null
  const { like, contains } = operators as { contains?: unknown; like?: unknown }
  const text = like ?? contains
  return typeof text === 'string' && text.trim() !== '' ? text : null
}

/** Adds "or any other name" to every search of the title field; returns what was searched. */
const widen = (
  where: Where,
  titleField: string,
  otherNames: string[],
  searched: string[],
): Where => {
  const text = searchedText(where as Condition, titleField)
  if (text !== null) {
    searched.push(text)
    return { or: [where, ...otherNames.map((name) => ({ [name]: { like: text } }))] }
  }
  const widened: Where = { ...where }
  for (const key of ['and', 'or'] as const) {
    const branches = where[key]
    if (Array.isArray(branches)) {
      widened[key] = branches.map((branch) => widen(branch, titleField, otherNames, searched))
    }
  }
  return widened
}

const CONTEXT_KEY = 'pickerOptions'

/** The picker asks for the title field alone, both for its options and for the chosen values. */
const isPickerSelect = (select: unknown, titleField: string): boolean =>
  !!select && typeof select === 'object' && Object.keys(select).join() === titleField

/** The chosen values' labels are looked up by id; those keep the plain name. */
const isIdLookup = (where: Where | undefined): boolean =>
  JSON.stringify(where ?? {}).includes('"id":{"in"') ||
  JSON.stringify(where ?? {}).includes('"id":{"equals"')

const namesOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((name): name is string => typeof name === 'string')
    : typeof value === 'string'
      ? [value]
      : []

/**
 * Payload's relationship picker searches a collection's `useAsTitle` field only (`name like …`),
 * and then keeps the options whose label contains what was typed. For staff, a search of the
 * name also matches the other names a record is known by, and the picker's options carry those
 * names in their label ("Sergey Lavrov (Sergei Lavrov, Lavrov)"), so typing "Sergei" finds
 * Sergey Lavrov. Readers' API queries mean what they say.
 */
export const findByAnyName =
  <TSlug extends CollectionSlug>(
    titleField: string,
    otherNames: string[],
  ): CollectionBeforeOperationHook<TSlug> =>
  ({ args, collection, operation, req }) => {
    if (operation !== 'read' || !isStaffUser(req.user)) return args
    const { where, select } = args as { select?: Record<string, unknown>; where?: Where }
    const searched: string[] = []
    const widened = where ? widen(where, titleField, otherNames, searched) : where
    if (!isPickerSelect(select, titleField) || isIdLookup(where)) {
      return searched.length > 0 ? { ...args, where: widened } : args
    }
    req.context[CONTEXT_KEY] = collection.slug
    const withNames = { ...select, ...Object.fromEntries(otherNames.map((name) => [name, true])) }
    return { ...args, where: widened, select: withNames }
  }

/** A picker option's label: the name, then the other names it goes by. */
export const labelPickerOptions =
  (titleField: string, otherNames: string[]): CollectionAfterReadHook =>
  ({ collection, doc, req }) => {
    if (req.context[CONTEXT_KEY] !== collection.slug) return doc
    const title = typeof doc[titleField] === 'string' ? (doc[titleField] as string) : ''
    const others = [...new Set(otherNames.flatMap((name) => namesOf(doc[name])))].filter(
      (name) => foldText(name) !== foldText(title),
    )
    const label = others.length > 0 ? `${title} (${others.join(', ')})` : title
    return { id: doc.id, [titleField]: label }
  }
