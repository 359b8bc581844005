import { afterAll, beforeAll, expect, test } from 'vitest'

import { login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createStaff } from '../support/users'
import { Findings, accountSecrets, answerProblems, snapshot } from './check'
import { INTROSPECTION, graphqlInput } from './graphqlInputs'
import type { GraphQLInput, Schema, SchemaField } from './graphqlInputs'
import { seededRandom } from './random'
import type { Caller } from './restInputs'
import { seedTargets } from './setup'

const SEED = 20_111_116
const INPUTS = Number(process.env.FUZZ_INPUTS || 800)
const CHUNK = 200

/** Whether a mutation that had to fail did: an HTTP error, or errors and no data for it. */
const failed = (status: number, text: string): boolean => {
  if (status >= 400) return true
  try {
    const body = JSON.parse(text) as { errors?: unknown[]; data?: Record<string, unknown> | null }
    const data = Object.values(body.data ?? {})
    return Boolean(body.errors?.length) && data.every((value) => value === null)
  } catch {
    return false
  }
}

describeWithDatabase(`GraphQL under hostile input (seed ${SEED})`, () => {
  let server: TestServer
  let tokens: Record<Caller, string | undefined>
  let schema: Schema

  beforeAll(async () => {
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
    const introspection = await server.http.post('/api/graphql').send({ query: INTROSPECTION })
    const found = introspection.body.data.__schema
    const withArgs = (fields: SchemaField[]) => fields.filter((field) => field.args.length > 0)
    schema = {
      queries: withArgs(found.queryType.fields),
      mutations: found.mutationType.fields,
      inputs: new Map(
        found.types
          .filter((type: { kind: string }) => type.kind === 'INPUT_OBJECT')
          .map((type: { name: string; inputFields: unknown }) => [type.name, type.inputFields]),
      ),
    }
  })
  afterAll(async () => {
    await server?.stop()
    delete process.env.LOGIN_RATE_LIMIT
    delete process.env.PASSWORD_RESET_RATE_LIMIT
  })

  const send = async (input: GraphQLInput) => {
    let request =
      input.method === 'GET'
        ? server.http.get(`/api/graphql${input.query ?? ''}`)
        : server.http.post('/api/graphql')
    const token = tokens[input.caller]
    if (token) request = request.set('Authorization', `JWT ${token}`)
    if (input.raw) request = request.set('Content-Type', input.raw.type).send(input.raw.body)
    else if (input.json !== undefined) {
      request = request.set('Content-Type', 'application/json').send(JSON.stringify(input.json))
    }
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
      `GraphQL fuzz (seed ${SEED}): ${tried} inputs tried; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    )
  })

  for (let first = 0; first < INPUTS; first += CHUNK) {
    const last = Math.min(INPUTS, first + CHUNK) - 1
    test(`operations ${first}–${last}: no 5xx, no leak, a message on every error, no row changed`, async () => {
      expect(schema.queries.length).toBeGreaterThan(10)
      const secrets = await accountSecrets(server.payload)
      const before = await snapshot(server.payload)
      const findings = new Findings()

      for (let n = first; n <= last; n += 1) {
        const input = graphqlInput(random, schema)
        const response = await send(input)
        const text = String(response.body ?? '')
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        const problems = answerProblems(response.status, text, secrets)
        if (input.mustFail && !failed(response.status, text)) {
          problems.push(`accepted (${response.status})`)
        }
        findings.tried += 1
        tried += 1
        const what = input.raw
          ? `(${input.raw.type}) ${String(input.raw.body).slice(0, 120)}`
          : `${input.query ?? ''}${JSON.stringify(input.json ?? '').slice(0, 240)}`
        findings.add(`#${n} ${input.caller} ${input.method} ${what}`, problems)
      }
      const after = await snapshot(server.payload)

      expect(findings.tried).toBe(last - first + 1)
      expect(findings.examples).toEqual([])
      expect(after).toEqual(before)
    }, 180_000)
  }
})
