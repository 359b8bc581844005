import { describe, expect, test } from 'vitest'

import { isBoilerplate } from './boilerplate'

describe('isBoilerplate', () => {
  test.each([
    [
      'the donation appeal as printed',
      'We need your support so can keep delivering news and information about Bulgaria! Thank you!',
      true,
    ],
    [
      'the appeal with the missing word restored',
      'We need your support so we can keep delivering news and information about Bulgaria! Thank you!',
      true,
    ],
    [
      'the appeal in other case and spacing',
      'we need your support so can keep  delivering news and information about Bulgaria! thank you!',
      true,
    ],
    [
      'a body paragraph that merely starts like it',
      'We need your support, Rasmussen told the allies.',
      false,
    ],
    ['a part of the appeal', 'Thank you!', false],
  ])('%s', (_label, paragraph, expected) => {
    expect(isBoilerplate(paragraph)).toBe(expected)
  })
})
