export interface HeldPosition {
  /** ISO date the position started, when known. */
  from?: null | string
  /** ISO date it ended; none while it is held. */
  to?: null | string
}

const year = (value: null | string | undefined): string | undefined => {
  const time = value ? Date.parse(value) : NaN
  return Number.isNaN(time) ? undefined : String(new Date(time).getUTCFullYear())
}

/** "2004–2012", "since 2004", "until 2012", or nothing: the years a position was held. */
export const positionYears = (position: HeldPosition): string | undefined => {
  const from = year(position.from)
  const to = year(position.to)
  if (from && to) return from === to ? from : `${from}–${to}`
  if (from) return `since ${from}`
  if (to) return `until ${to}`
  return undefined
}

/** A position's row in the admin: its title and the years it was held ("Foreign Minister, since 2004"). */
export const positionLabel = (position: HeldPosition & { title?: null | string }): string => {
  const title = position.title?.trim() || 'Untitled position'
  const years = positionYears(position)
  return years ? `${title}, ${years}` : title
}
