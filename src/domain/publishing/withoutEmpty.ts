const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

/**
 * A copy without the properties that say nothing (undefined, null, "" or []): consumers of
 * JSON-LD and ninjs read a present property as a claim, so unknowns are left out, not nulled.
 */
export const withoutEmpty = <T extends object>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => !isEmpty(value))) as T
