// A word is a run of letters or digits, which may hold an apostrophe, hyphen or dot between two
// of them: "don't", "NATO-Russia" and "U.S" count once; a dash or "..." standing alone not at all.
const WORD = /[\p{L}\p{N}]+(?:['\u2019.\-\u2010\u2011][\p{L}\p{N}]+)*/gu

export const countWords = (text: string): number => text.match(WORD)?.length ?? 0

/** Characters as readers count them: code points, so an emoji or "𝐀" is one, not two. */
export const countCharacters = (text: string): number => [...text].length
