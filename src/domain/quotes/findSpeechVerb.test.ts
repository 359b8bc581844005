import { describe, expect, test } from 'vitest'

import { findSpeechVerb } from './findSpeechVerb'

describe('findSpeechVerb', () => {
  test.each<[clause: string, expected: ReturnType<typeof findSpeechVerb>]>([
    ['Lavrov said following the Brussels meeting', { index: 7, verb: 'said' }],
    ['noted the US State Secretary', { index: 0, verb: 'noted' }],
    ["Russia's NATO ambassador, Dmitry Rogozin, complained", { index: 42, verb: 'complained' }],
    ['Westerwelle did concede that', { index: 16, verb: 'concede' }],
    ['Rasmussen flatly told reporters, as cited by DPA', { index: 17, verb: 'told' }],
    ['Rasmussen hopes to have', null],
    ['the saidness of it', null],
  ])('%j', (clause, expected) => {
    expect(findSpeechVerb(clause)).toEqual(expected)
  })
})
