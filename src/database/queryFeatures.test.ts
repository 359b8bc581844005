import type { Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { idFromText, idType } from './queryFeatures'

const on = (defaultIDType: 'number' | 'text') => ({ db: { defaultIDType } }) as unknown as Payload

describe('ids kept as text', () => {
  test.each<[database: 'number' | 'text', text: string, expected: number | string]>([
    ['number', '42', 42],
    ['text', '65f0c1d2e3a4b5c6d7e8f901', '65f0c1d2e3a4b5c6d7e8f901'],
    // An ObjectId may be all digits: as a number it would name no story (and lose precision).
    ['text', '123456789012345678901234', '123456789012345678901234'],
  ])('on a database whose ids are %s, %s is %o', (database, text, expected) => {
    expect(idType(on(database))).toBe(database)
    expect(idFromText(on(database), text)).toBe(expected)
  })
})
