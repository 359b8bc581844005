import { describe, expect, test } from 'vitest'

import { quoteLabel } from './quoteLabel'
import type { QuoteLabelInput } from './quoteLabel'

const LAVROV_SAID =
  'Apart from general remarks about the system not being directed against Russia, we have received nothing'

describe('quoteLabel', () => {
  test.each<[label: string, input: QuoteLabelInput, expected: string]>([
    [
      'the speaker and the first words',
      { text: LAVROV_SAID, speakerName: 'Sergey Lavrov' },
      'Sergey Lavrov: “Apart from general remarks about the system not…”',
    ],
    [
      'a short quote whole',
      { text: 'mistakes', speakerName: 'Guido Westerwelle' },
      'Guido Westerwelle: “mistakes”',
    ],
    [
      'no speaker yet: the attribution as printed',
      { text: 'anaconda', attribution: 'one Russian official described it Thursday as' },
      'Unattributed (one Russian official described…): “anaconda”',
    ],
    ['neither', { text: 'anaconda' }, 'Unattributed: “anaconda”'],
    [
      'the comma before the closing mark is dropped',
      { text: "On missile defense, we don't agree yet,", speakerName: 'Anders Fogh Rasmussen' },
      "Anders Fogh Rasmussen: “On missile defense, we don't agree yet”",
    ],
    ['a new, empty row', { speakerName: 'Hillary Clinton' }, 'Hillary Clinton: no words yet'],
    [
      'a trailing comma is not kept before the ellipsis',
      { text: 'one two three four five six seven eight, nine ten', speakerName: 'X' },
      'X: “one two three four five six seven eight…”',
    ],
    [
      'spaces are tidied',
      { text: '  We   need\nguarantees ', speakerName: ' X ' },
      'X: “We need guarantees”',
    ],
  ])('%s', (_label, input, expected) => {
    expect(quoteLabel(input)).toBe(expected)
  })
})
