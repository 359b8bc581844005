import { expect, test } from 'vitest'

import { findAppositiveTitle, findTitleBefore } from './findTitles'
import { findNameRuns } from './nameRuns'
import { readWords } from './readWords'

/** The title the sentence gives the named person, with its prefix and "of" name. */
const titleOf = (sentence: string, name: string) => {
  const words = readWords(sentence)
  const run = findNameRuns(sentence, words).find((candidate) => candidate.text === name)
  if (!run) throw new Error(`no run "${name}" in ${JSON.stringify(sentence)}`)
  return findTitleBefore(sentence, words, run) ?? findAppositiveTitle(sentence, words, run)
}

test.each<[sentence: string, name: string, expected: ReturnType<typeof titleOf>]>([
  [
    '"No new taxes," council chair Stefan Mihaylov told reporters.',
    'Stefan Mihaylov',
    { text: 'council chair', prefix: null, ofName: null },
  ],
  [
    '"Every year," said councillor Nadezhda Kirova.',
    'Nadezhda Kirova',
    { text: 'councillor', prefix: null, ofName: null },
  ],
  [
    'Vidin regional governor Sofia Vasileva said the dykes had given way.',
    'Sofia Vasileva',
    { text: 'Vidin regional governor', prefix: 'Vidin', ofName: null },
  ],
  [
    '"Far apart," Gazprom spokesman Sergey Kupriyanov said.',
    'Sergey Kupriyanov',
    { text: 'Gazprom spokesman', prefix: 'Gazprom', ofName: null },
  ],
  [
    '"We had to choose," Finance Minister Evangelos Venizelos said.',
    'Evangelos Venizelos',
    { text: 'Finance Minister', prefix: 'Finance', ofName: null },
  ],
  [
    'Cancellieri met the mayor of Lampedusa, Giusi Nicolini, on Monday.',
    'Giusi Nicolini',
    { text: 'mayor of Lampedusa', prefix: null, ofName: 'Lampedusa' },
  ],
  [
    'Ivan Totev, chair of the Plovdiv City Council, voted against.',
    'Ivan Totev',
    { text: 'chair', prefix: null, ofName: 'Plovdiv City Council' },
  ],
  ["Bulgaria's state-owned Bulgargaz Holding ended talks.", 'Bulgargaz Holding', null],
  ['"Yes," said Eleni Pappa, a retired teacher from Piraeus.', 'Eleni Pappa', null],
])('%s', (sentence, name, expected) => {
  expect(titleOf(sentence, name)).toEqual(expected)
})
