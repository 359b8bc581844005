import type { WirePhoto } from './types'

// Agencies are printed in capitals ("EPA", "BGNES", "AP"); requiring that keeps an ordinary
// sentence ending in a name from being mistaken for a credit.
const AGENCY = String.raw`[A-Z][A-Z0-9&-]*[A-Z0-9]`
// "AP Photo/Virginia Mayo": the agency, then the photographer's name.
const PHOTOGRAPHER = String.raw`\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}`
const CREDIT_AT_END = new RegExp(
  String.raw`^(?<caption>.*[.!?)"\u201d]) (?<creditLine>(?:Photo(?::| by) )?(?:(?<agencies>${AGENCY}(?: ?/ ?${AGENCY})*)|(?<byAgency>${AGENCY}) Photo ?/ ?${PHOTOGRAPHER}))$`,
  'u',
)

/**
 * Reads a caption paragraph ending in an agency credit ("... 08 December 2011. EPA/BGNES", or
 * "... 30 January 2012. AP Photo/Virginia Mayo").
 * Returns null when the paragraph carries no such credit, i.e. it is not a caption.
 */
export const parsePhotoCaption = (paragraph: string): WirePhoto | null => {
  const groups = CREDIT_AT_END.exec(paragraph)?.groups
  const agencies = groups?.agencies ?? groups?.byAgency
  if (!groups?.caption || !groups.creditLine || !agencies) return null
  return {
    caption: groups.caption,
    creditLine: groups.creditLine,
    agencies: agencies.split('/').map((agency) => agency.trim()),
  }
}
