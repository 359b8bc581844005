import { describe, expect, test } from 'vitest'

import { checkSchedule } from './checkSchedule'
import type { ScheduleInput } from './checkSchedule'

const NOW = Date.parse('2011-12-08T10:00:00.000Z')
const LATER = '2011-12-08T12:00:00.000Z'
const EVEN_LATER = '2011-12-09T12:00:00.000Z'
const EARLIER = '2011-12-08T08:00:00.000Z'

const CASES: Array<[label: string, input: Omit<ScheduleInput, 'now'>, paths: string[]]> = [
  ['scheduling for later', { from: 'approved', to: 'scheduled', publishAt: LATER }, []],
  ['scheduling without a time', { from: 'approved', to: 'scheduled' }, ['publishAt']],
  [
    'scheduling in the past',
    { from: 'approved', to: 'scheduled', publishAt: EARLIER },
    ['publishAt'],
  ],
  [
    'a due schedule being carried out',
    { from: 'scheduled', to: 'scheduled', publishAt: EARLIER },
    [],
  ],
  [
    'publishing ignores the embargo time',
    { from: 'approved', to: 'published', publishAt: EARLIER },
    [],
  ],
  [
    'a take-down after publication',
    { from: 'approved', to: 'scheduled', publishAt: LATER, unpublishAt: EVEN_LATER },
    [],
  ],
  [
    'a take-down before publication',
    { from: 'approved', to: 'scheduled', publishAt: EVEN_LATER, unpublishAt: LATER },
    ['unpublishAt'],
  ],
  [
    'a take-down in the past',
    { from: 'published', to: 'published', unpublishAt: EARLIER },
    ['unpublishAt'],
  ],
  [
    'an unchanged take-down is not checked again',
    {
      from: 'published',
      to: 'published',
      unpublishAt: EARLIER,
      previousUnpublishAt: '2011-12-08T09:00:00+01:00',
    },
    [],
  ],
]

describe('checkSchedule', () => {
  test.each(CASES)('%s', (_label, input, paths) => {
    expect(checkSchedule({ ...input, now: NOW }).map((failure) => failure.path)).toEqual(paths)
  })
})
