/** An ISO 8601 UTC instant ("2011-12-08T14:58:00.000Z"), or undefined for a missing or bad date. */
export const isoInstant = (value: string | null | undefined): string | undefined => {
  if (!value) return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

/** The latest of the valid instants given, as an ISO instant. */
export const latestInstant = (values: Array<string | null | undefined>): string | undefined => {
  const times = values.map(isoInstant).filter((value) => value !== undefined)
  return times.length === 0 ? undefined : times.reduce((a, b) => (b > a ? b : a))
}
