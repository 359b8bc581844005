import { afterAll, beforeAll, expect, test } from 'vitest'

import { describeWithDatabase } from '../support/testServer'
import { Findings, accountSecrets, answerProblems, snapshot } from './check'
import { seededRandom } from './random'
import { restInput } from './restInputs'
import type { RestInput } from './restInputs'
import { collectionShapes, sendHostile, startFuzzTarget } from './setup'
import type { FuzzTarget } from './setup'

const SEED = 20_111_115
const INPUTS = Number(process.env.FUZZ_INPUTS || 1200)
const CHUNK = 300

describeWithDatabase(`REST under hostile input (seed ${SEED})`, () => {
  let target: FuzzTarget

  beforeAll(async () => {
    target = await startFuzzTarget()
  })
  afterAll(async () => {
    await target?.stop()
  })

  const send = (input: RestInput) => {
    const method = input.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'
    return sendHostile(target.server.http[method](input.path), input, target.tokens)
  }

  // One stream of inputs, checked in chunks: each chunk compares every row before and after it.
  const random = seededRandom(SEED)
  const statuses = new Map<number, number>()
  let tried = 0
  afterAll(() => {
    console.log(
      `REST fuzz (seed ${SEED}): ${tried} inputs tried; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    )
  })

  for (let first = 0; first < INPUTS; first += CHUNK) {
    const last = Math.min(INPUTS, first + CHUNK) - 1
    test(`inputs ${first}–${last}: no 5xx, no leak, a message on every 4xx, no row changed`, async () => {
      const shapes = await collectionShapes(target.server.payload)
      const secrets = await accountSecrets(target.server.payload)
      const before = await snapshot(target.server.payload)
      const findings = new Findings()

      for (let n = first; n <= last; n += 1) {
        const input = restInput(random, shapes)
        const response = await send(input)
        const text = String(response.body ?? '')
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        const problems = answerProblems(response.status, text, secrets)
        if (input.mustFail && response.status < 400) problems.push(`accepted (${response.status})`)
        findings.tried += 1
        tried += 1
        const body = input.raw
          ? ` (${input.raw.type}) ${String(input.raw.body).slice(0, 120)}`
          : input.json === undefined
            ? ''
            : ` ${JSON.stringify(input.json).slice(0, 200)}`
        findings.add(
          `#${n} ${input.caller} ${input.method} ${input.path.slice(0, 160)}${body}`,
          problems,
        )
      }
      const after = await snapshot(target.server.payload)

      expect(findings.tried).toBe(last - first + 1)
      expect(findings.examples).toEqual([])
      expect(after).toEqual(before)
    }, 180_000)
  }
})
