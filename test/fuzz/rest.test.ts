import { afterAll, beforeAll, expect, test } from 'vitest'

import { login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createStaff } from '../support/users'
import { Findings, accountSecrets, answerProblems, snapshot } from './check'
import { seededRandom } from './random'
import { restInput } from './restInputs'
import type { Caller, RestInput } from './restInputs'
import { collectionShapes, seedTargets } from './setup'

const SEED = 20_111_115
const INPUTS = Number(process.env.FUZZ_INPUTS || 1200)
const CHUNK = 300

describeWithDatabase(`REST under hostile input (seed ${SEED})`, () => {
  let server: TestServer
  let tokens: Record<Caller, string | undefined>

  beforeAll(async () => {
    // Hostile sign-ins would otherwise meet the rate limit and test it instead of the routes.
    process.env.LOGIN_RATE_LIMIT = 'off'
    process.env.PASSWORD_RESET_RATE_LIMIT = 'off'
    server = await startTestServer()
    await createStaff(server.payload)
    await seedTargets(server.payload)
    tokens = {
      anonymous: undefined,
      writer: await login(server.http, 'writer@newsroom.test'),
      editor: await login(server.http, 'editor@newsroom.test'),
      admin: await login(server.http, 'admin@newsroom.test'),
      forged: 'eyJhbGciOiJub25lIn0.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIiwicm9sZSI6ImFkbWluIn0.',
    }
  })
  afterAll(async () => {
    await server?.stop()
    delete process.env.LOGIN_RATE_LIMIT
    delete process.env.PASSWORD_RESET_RATE_LIMIT
  })

  const send = async (input: RestInput) => {
    const method = input.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'
    let request = server.http[method](input.path)
    const token = tokens[input.caller]
    if (token) request = request.set('Authorization', `JWT ${token}`)
    if (input.raw) request = request.set('Content-Type', input.raw.type).send(input.raw.body)
    else if (input.json !== undefined) {
      request = request.set('Content-Type', 'application/json').send(JSON.stringify(input.json))
    }
    // Read every answer as text: a body that is not JSON is itself worth seeing.
    return request.buffer(true).parse((res, done) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => done(null, text))
    })
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
      const shapes = await collectionShapes(server.payload)
      const secrets = await accountSecrets(server.payload)
      const before = await snapshot(server.payload)
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
      const after = await snapshot(server.payload)

      expect(findings.tried).toBe(last - first + 1)
      expect(findings.examples).toEqual([])
      expect(after).toEqual(before)
    }, 180_000)
  }
})
