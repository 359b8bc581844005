import { isWikidataId, wikidataUrl } from '../wikidata'

/** The Wikidata page for `sameAs` / ninjs `uri`, or undefined for a missing or malformed ID. */
export const wikidataUri = (wikidataId: string | null | undefined): string | undefined =>
  wikidataId && isWikidataId(wikidataId) ? wikidataUrl(wikidataId) : undefined
