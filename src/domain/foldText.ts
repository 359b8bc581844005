// Letters NFD cannot decompose but that readers treat as plain Latin when searching.
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
}

const COMBINING_MARKS = /\p{M}/gu
const WHITESPACE = /\s/u

/** Removes accents: "Sergéy Lávrov" → "Sergey Lavrov". Case is kept. */
export const stripDiacritics = (text: string): string =>
  text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC')

const foldChar = (char: string): string => {
  // Plain ASCII has no accents and no extra folds: the common case, kept cheap.
  if (char.charCodeAt(0) < 0x80) return char.toLowerCase()
  const lower = stripDiacritics(char).toLowerCase()
  // toLowerCase can itself add a combining mark ("İ" → "i̇"), so strip once more.
  const plain = stripDiacritics(lower)
  return EXTRA_FOLDS[plain] ?? plain
}

export interface FoldedText {
  /** Lowercase, accent-free, single-spaced text used for matching. */
  folded: string
  /** For every UTF-16 unit of `folded`, the index in the original text it came from. */
  sourceIndex: number[]
}

/**
 * Folds text for case- and accent-insensitive matching while remembering where each folded
 * character came from, so a match can be reported as offsets into the original text.
 */
export const foldWithOffsets = (text: string): FoldedText => {
  let folded = ''
  const sourceIndex: number[] = []
  let index = 0
  for (const char of text) {
    const isSpace = WHITESPACE.test(char)
    if (isSpace) {
      if (folded !== '' && !folded.endsWith(' ')) {
        folded += ' '
        sourceIndex.push(index)
      }
    } else {
      for (const unit of foldChar(char).split('')) {
        folded += unit
        sourceIndex.push(index)
      }
    }
    index += char.length
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1)
    sourceIndex.pop()
  }
  return { folded, sourceIndex }
}

/** Case-, accent- and spacing-insensitive key for comparing names. */
export const foldText = (text: string): string => foldWithOffsets(text).folded
