import type { PositionHeld, RegistryDate } from './types'

const DAYS_IN_MONTH = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()

/** First day a partial date can mean: "2008-01" → "2008-01-01". */
export const startOfRegistryDate = (date: RegistryDate): string => `${date}-01-01`.slice(0, 10)

/** Last day a partial date can mean: "2011-12" → "2011-12-31", "2011" → "2011-12-31". */
export const endOfRegistryDate = (date: RegistryDate): string => {
  if (date.length === 10) return date
  const year = Number(date.slice(0, 4))
  const month = date.length === 7 ? Number(date.slice(5, 7)) : 12
  return `${date.slice(0, 4)}-${String(month).padStart(2, '0')}-${DAYS_IN_MONTH(year, month)}`
}

/**
 * True when the position was held on `date` ("2011-12-08" or a full ISO instant, whose
 * calendar date is used). Both ends are inclusive: on a handover day both holders count. A
 * position with no known start was never seen held on a date, so it is not active on any.
 */
export const isActiveOn = (position: Pick<PositionHeld, 'from' | 'to'>, date: string): boolean => {
  const day = date.slice(0, 10)
  if (position.from === null) return false
  if (day < startOfRegistryDate(position.from)) return false
  return position.to === null || day <= endOfRegistryDate(position.to)
}
