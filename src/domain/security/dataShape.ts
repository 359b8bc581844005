import { isRecord } from '../isRecord'

/**
 * The shape a document's data must have before Payload's field hooks walk it: a group is an
 * object, an array field a list of objects. Payload walks into whatever it is given, and a group
 * sent as text (`"dateline": "x"`) failed inside its hooks with a 500. Values inside are left to
 * Payload's own validation, which names the field.
 */
export interface FieldShape {
  name: string
  type: string
  /** Sub-fields of a group or an array row. */
  fields?: FieldShape[]
}

export const dataShapeProblems = (
  data: Record<string, unknown>,
  fields: readonly FieldShape[],
  path = '',
): string[] => {
  const problems: string[] = []
  for (const field of fields) {
    const value = data[field.name]
    const here = path ? `${path}.${field.name}` : field.name
    if (value === undefined || value === null) continue
    // The admin's form sends an array or blocks field with no rows as its row count, 0.
    const isNoRows = value === 0 || value === '0'
    if (isNoRows && (field.type === 'array' || field.type === 'blocks')) continue
    if (field.type === 'group') {
      if (!isRecord(value)) problems.push(`${here} must be an object of its fields`)
      else problems.push(...dataShapeProblems(value, field.fields ?? [], here))
    } else if (field.type === 'array' || field.type === 'blocks') {
      if (!Array.isArray(value) || !value.every(isRecord)) {
        problems.push(`${here} must be a list of objects`)
      } else if (field.type === 'array') {
        value.forEach((row, index) =>
          problems.push(...dataShapeProblems(row, field.fields ?? [], `${here}.${index}`)),
        )
      }
    }
  }
  return problems
}
