import { afterAll, beforeAll, expect, test } from 'vitest'

import { describeWithDatabase } from '../support/testServer'
import { Findings, accountSecrets, answerProblems, snapshot } from './check'
import { INTROSPECTION, graphqlInput } from './graphqlInputs'
import type { GraphQLInput, Schema, SchemaField } from './graphqlInputs'
import { seededRandom } from './random'
import { sendHostile, startFuzzTarget } from './setup'
import type { FuzzTarget } from './setup'

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
  let target: FuzzTarget
  let schema: Schema

  beforeAll(async () => {
    target = await startFuzzTarget()
    const introspection = await target.server.http
      .post('/api/graphql')
      .send({ query: INTROSPECTION })
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
    await target?.stop()
  })

  const send = (input: GraphQLInput) =>
    sendHostile(
      input.method === 'GET'
        ? target.server.http.get(`/api/graphql${input.query ?? ''}`)
        : target.server.http.post('/api/graphql'),
      input,
      target.tokens,
    )

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
      const secrets = await accountSecrets(target.server.payload)
      const before = await snapshot(target.server.payload)
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
      const after = await snapshot(target.server.payload)

      expect(findings.tried).toBe(last - first + 1)
      expect(findings.examples).toEqual([])
      expect(after).toEqual(before)
    }, 180_000)
  }
})
