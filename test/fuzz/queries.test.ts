import fc from 'fast-check'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { describeWithDatabase } from '../support/testServer'
import { accountSecrets, answerProblems, snapshot } from './check'
import { graphQLRequest, queryCase, restQuery } from './queryCases'
import type { QueryCase } from './queryCases'
import { adminOperators, readModel } from './queryModel'
import type { FuzzCollection } from './queryModel'
import { sendHostile, startFuzzTarget } from './setup'
import type { FuzzTarget } from './setup'

/**
 * Property-based: every collection × every field (nested, and one hop through links) × every
 * operator × classes of values, over REST (GET, method override, bulk delete and update) and
 * GraphQL (lists and joins), anonymous and as each role. No answer may be a 5xx or carry a stack
 * trace; a filter no database can answer must get a 4xx with a message; no row may change.
 *
 * `npm test` runs a bounded sample; `npm run fuzz:queries` runs 100 000 cases. FUZZ_SEED and
 * FUZZ_QUERY_CASES pick the seed and the count; a failure prints fast-check's seed and path,
 * which replay it.
 */
const SEED = Number(process.env.FUZZ_SEED || 20_111_117)
const CASES = Number(process.env.FUZZ_QUERY_CASES || 2000)
const CHUNK = Math.min(CASES, Number(process.env.FUZZ_QUERY_CHUNK || 500))
// FUZZ_COLLECT=1 runs every case and lists each kind of failure once (to survey, not to gate).
const IS_SURVEY = process.env.FUZZ_COLLECT === '1'
const survey = new Map<string, { count: number; example: string }>()

interface Tally {
  cases: number
  serverErrors: number
  byTransport: Record<string, number>
  statuses: Record<number, number>
  refused: number
  combos: Set<string>
}

const tally: Tally = {
  cases: 0,
  serverErrors: 0,
  byTransport: {},
  statuses: {},
  refused: 0,
  combos: new Set(),
}

/** A GraphQL answer failed when it is an HTTP error, or has errors and no data for its field. */
const graphQLFailed = (status: number, text: string): boolean => {
  if (status >= 400) return true
  try {
    const body = JSON.parse(text) as { errors?: unknown[]; data?: Record<string, unknown> | null }
    return Boolean(body.errors?.length) && Object.values(body.data ?? {}).every((v) => v === null)
  } catch {
    return false
  }
}

/** GraphQL variables carry numbers and booleans as JSON, not text. */
const asGraphQLValue = (item: QueryCase): QueryCase => {
  const convert = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(convert)
    if (typeof value !== 'string') return value
    if (
      ['number', 'id'].includes(item.field.type) &&
      /^-?\d+(\.\d+)?$/.test(value) &&
      String(Number(value)) === value
    ) {
      return Number(value)
    }
    if (item.field.type === 'checkbox' && /^(true|false)$/i.test(value)) {
      return value.toLowerCase() === 'true'
    }
    if (item.operator === 'exists' && /^(true|false)$/.test(value)) return value === 'true'
    return value
  }
  return { ...item, value: convert(item.value) }
}

describeWithDatabase(`filters of every type under fuzzing (fast-check seed ${SEED})`, () => {
  let target: FuzzTarget
  let model: FuzzCollection[]
  let secrets: string[]
  let offered: Record<string, string[]>
  const whereTypes = new Map<string, string>()

  beforeAll(async () => {
    target = await startFuzzTarget()
    model = await readModel(target.server.payload)
    secrets = await accountSecrets(target.server.payload)
    offered = await adminOperators()
    const introspection = await target.server.http.post('/api/graphql').send({
      query: '{ __schema { queryType { fields { name args { name type { name } } } } } }',
    })
    const fields = introspection.body.data.__schema.queryType.fields as Array<{
      name: string
      args: Array<{ name: string; type: { name: string | null } }>
    }>
    for (const collection of model) {
      const list = fields.find((field) => field.name === collection.graphQLList)
      const where = list?.args.find((arg) => arg.name === 'where')?.type.name
      if (where) whereTypes.set(collection.slug, where)
    }
  })
  afterAll(async () => {
    await target?.stop()
    if (IS_SURVEY) {
      const lines = [...survey].sort(([a], [b]) => a.localeCompare(b))
      console.log(
        `survey: ${lines.length} kinds of failure\n${lines.map(([kind, { count, example }]) => `${count}× ${kind}\n    ${example.slice(0, 300)}`).join('\n')}`,
      )
    }
    const total = model?.reduce((sum, collection) => sum + collection.fields.length * 18, 0)
    console.log(
      `query fuzz (fast-check seed ${SEED}): ${tally.cases} cases ${JSON.stringify(tally.byTransport)}; ` +
        `5xx: ${tally.serverErrors}; refused with a 4xx: ${tally.refused}; ` +
        `statuses ${JSON.stringify(tally.statuses)}; ` +
        `collection × field × operator tried: ${tally.combos.size} of ${total}`,
    )
  })

  const send = async (item: QueryCase): Promise<{ status: number; text: string }> => {
    const { http } = target.server
    const path = `/api/${item.collection.slug}`
    let request
    if (item.transport === 'GRAPHQL') {
      request = sendHostile(
        http.post('/api/graphql'),
        { caller: item.caller, json: graphQLRequest(asGraphQLValue(item), whereTypes) },
        target.tokens,
      )
    } else if (item.transport === 'OVERRIDE') {
      request = sendHostile(
        http.post(path).set('X-Payload-HTTP-Method-Override', 'GET'),
        {
          caller: item.caller,
          raw: { body: restQuery(item).slice(1), type: 'application/x-www-form-urlencoded' },
        },
        target.tokens,
      )
    } else if (item.transport === 'DELETE') {
      request = sendHostile(
        http.delete(`${path}${restQuery(item)}`),
        { caller: item.caller },
        target.tokens,
      )
    } else if (item.transport === 'PATCH') {
      request = sendHostile(
        http.patch(`${path}${restQuery(item)}`),
        { caller: item.caller, json: { isSeeded: true } },
        target.tokens,
      )
    } else {
      request = sendHostile(
        http.get(`${path}${restQuery(item)}`),
        { caller: item.caller },
        target.tokens,
      )
    }
    const response = await request
    return { status: response.status, text: String(response.body ?? '') }
  }

  const check = async (given: QueryCase): Promise<void> => {
    // Collections GraphQL does not serve (Payload's migrations) are asked over REST instead.
    const filtered = given.join?.collection ?? given.collection
    const item: QueryCase =
      given.transport === 'GRAPHQL' && !whereTypes.has(filtered.slug)
        ? { ...given, transport: 'GET' }
        : given
    const { status, text } = await send(item)
    tally.cases += 1
    tally.byTransport[item.transport] = (tally.byTransport[item.transport] ?? 0) + 1
    tally.statuses[status] = (tally.statuses[status] ?? 0) + 1
    tally.combos.add(
      `${item.join?.collection.slug ?? item.collection.slug} ${item.field.path} ${item.operator}`,
    )
    if (status >= 500) tally.serverErrors += 1
    if (status >= 400 && status < 500) tally.refused += 1
    const problems = answerProblems(status, text, secrets)
    const failed = item.transport === 'GRAPHQL' ? graphQLFailed(status, text) : status >= 400
    if (item.mustFail && !failed) problems.push(`accepted (${status}) though it must fail`)
    // Refused by the guards (not by Payload's own access rules): "Invalid query: …".
    if (item.mustPass && status === 400 && text.includes('"Invalid query: ')) {
      problems.push('refused (400) though the admin could send it')
    }
    if (problems.length > 0) {
      const request =
        item.transport === 'GRAPHQL'
          ? JSON.stringify(graphQLRequest(asGraphQLValue(item), whereTypes))
          : `${item.transport} /api/${item.collection.slug}${decodeURIComponent(restQuery(item))}`
      const message = `${item.caller} ${request.slice(0, 400)} (${item.field.type} ${item.operator}, ${item.valueClass}) → ${problems.join('; ')}: ${text.slice(0, 300)}`
      if (!IS_SURVEY) throw new Error(message)
      const kind = `${problems.map((p) => p.replace(/\(\d+\)/, '')).join('; ')} | ${item.transport === 'GRAPHQL' ? 'GraphQL' : 'REST'}${item.join ? ' join' : ''} ${item.field.isThroughLink ? 'via link ' : ''}${item.field.type}${item.field.hasMany ? '[]' : ''} ${item.operator} ${item.valueClass}`
      const seen = survey.get(kind) ?? { count: 0, example: message }
      seen.count += 1
      survey.set(kind, seen)
    }
  }

  for (let first = 0; first < CASES; first += CHUNK) {
    const runs = Math.min(CHUNK, CASES - first)
    test(`cases ${first}–${first + runs - 1}: no 5xx, a 4xx for what must fail, no row changed`, async () => {
      const before = await snapshot(target.server.payload)
      await fc.assert(
        fc.asyncProperty(
          queryCase(model, target.server.payload.db.name !== 'mongoose', offered),
          check,
        ),
        { seed: SEED + first, numRuns: runs },
      )
      if (!IS_SURVEY) expect(await snapshot(target.server.payload)).toEqual(before)
    }, 1_800_000)
  }
})
