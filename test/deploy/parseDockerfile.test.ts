import { describe, expect, test } from 'vitest'

import { commandWords, leadingFlags, parseDockerfile, stageEnvironment } from './parseDockerfile'

const DOCKERFILE = [
  'ARG BASE=node:20-bookworm-slim',
  'FROM ${BASE} AS deps',
  'ENV A=1',
  'RUN npm ci \\',
  '  # a comment inside a continued instruction',
  ' && echo done',
  '',
  'FROM deps AS build',
  'ENV B="two words" C=3',
  'FROM --platform=linux/amd64 $BASE',
  'copy --from=build --chown=node:node /app/.next ./.next',
].join('\n')

describe('the Dockerfile parser the image checks rely on', () => {
  const stages = parseDockerfile(DOCKERFILE)

  test('splits stages, names them and fills in global ARG defaults', () => {
    expect(stages.map(({ name, base }) => [name, base])).toEqual([
      ['deps', 'node:20-bookworm-slim'],
      ['build', 'deps'],
      ['2', 'node:20-bookworm-slim'],
    ])
  })

  test('joins continued lines and drops comments inside them', () => {
    expect(stages[0]?.instructions.at(-1)).toEqual({ keyword: 'RUN', args: 'npm ci && echo done' })
  })

  test('gives a stage the environment of the stages it is built on', () => {
    expect(stageEnvironment(stages, 'build')).toEqual({ A: '1', B: 'two words', C: '3' })
    expect(stageEnvironment(stages, '2')).toEqual({})
  })

  test.each([
    [
      '--from=build --chown=node:node /app/.next ./.next',
      { from: 'build', chown: 'node:node' },
      '/app/.next ./.next',
    ],
    ['src ./src', {}, 'src ./src'],
  ])('reads the leading flags of %s', (args, flags, rest) => {
    expect(leadingFlags(args)).toEqual({ flags, rest })
  })

  test.each([
    ['["node", "--import", "tsx", "src/start.ts"]', ['node', '--import', 'tsx', 'src/start.ts']],
    ['npm start', ['npm start']],
  ])('reads the command %s', (args, words) => {
    expect(commandWords(args)).toEqual(words)
  })
})
