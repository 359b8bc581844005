import { stripDiacritics } from './foldText'

// Latin letters that NFD leaves alone but that a URL should spell in plain ASCII.
const ASCII_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  œ: 'oe',
  æ: 'ae',
  ł: 'l',
  đ: 'd',
  ı: 'i',
}

/**
 * The project's one slug helper: "NATO, Russia Still at Odds" → "nato-russia-still-at-odds".
 * Apostrophes vanish rather than split words ("Russia's" → "russias").
 */
export const slugify = (text: string): string =>
  stripDiacritics(text)
    .toLowerCase()
    .replace(/[ßøœæłđı]/g, (letter) => ASCII_LETTERS[letter] ?? '')
    .replace(/['\u2018\u2019\u02bc]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
