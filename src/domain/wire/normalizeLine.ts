// No-break and other fixed-width spaces that wire pages scatter through their text.
const ODD_SPACES = /[\u00a0\u2007\u202f\u2009\u200a\u3000\t]/g
// An alternation, not a class: the joiner characters must be matched one by one.
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\ufeff/g

/** Cleans one source line: odd spaces become plain ones, runs collapse, ends are trimmed. */
export const normalizeLine = (line: string): string =>
  line.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim()

/** Splits a file into lines whatever its line endings (LF, CRLF or old Mac CR). */
export const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/)
