/** A Wikidata item ID: "Q" and a number without leading zeros, e.g. Q7184 (NATO). */
export const isWikidataId = (value: string): boolean => /^Q[1-9]\d*$/.test(value)

export const wikidataUrl = (id: string): string => `https://www.wikidata.org/wiki/${id}`
