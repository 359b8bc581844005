import { HOSTILE_STRINGS, INVALID_IDS, hostileJson } from './hostile'
import type { Random } from './random'
import type { Caller } from './restInputs'

/** What introspection says about the schema, enough to write calls that reach the resolvers. */
export interface TypeRef {
  kind: string
  name: string | null
  ofType?: TypeRef | null
}
export interface SchemaField {
  name: string
  args: Array<{ name: string; type: TypeRef }>
  type: TypeRef
}
export interface Schema {
  queries: SchemaField[]
  mutations: SchemaField[]
  inputs: Map<string, Array<{ name: string; type: TypeRef }>>
}

export interface GraphQLInput {
  caller: Caller
  method: 'GET' | 'POST'
  /** A JSON body (query, variables), or raw text with its type. */
  json?: unknown
  raw?: { body: string | Buffer; type: string }
  query?: string
  mustFail: boolean
}

export const INTROSPECTION = `{
  __schema {
    queryType { fields { name args { name type { ...T } } type { ...T } } }
    mutationType { fields { name args { name type { ...T } } type { ...T } } }
    types { name kind inputFields { name type { ...T } } }
  }
}
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`

export const typeName = (type: TypeRef): string =>
  type.kind === 'NON_NULL'
    ? `${typeName(type.ofType!)}!`
    : type.kind === 'LIST'
      ? `[${typeName(type.ofType!)}]`
      : type.name!

const innermost = (type: TypeRef): TypeRef => (type.ofType ? innermost(type.ofType) : type)

const namedType = (type: TypeRef): string => innermost(type).name!

/** A value for a where input: a real field and operator, with a hostile or well-typed value. */
const whereValue = (random: Random, schema: Schema, typeName: string, depth: number): unknown => {
  const fields = schema.inputs.get(typeName) ?? []
  if (fields.length === 0) return {}
  const result: Record<string, unknown> = {}
  for (const field of random.some(fields, 1, 2)) {
    const inner = namedType(field.type)
    if (field.name === 'AND' || field.name === 'OR') {
      result[field.name] = depth > 0 ? [whereValue(random, schema, inner, depth - 1)] : []
      continue
    }
    const operators = schema.inputs.get(inner) ?? []
    if (operators.length === 0) continue
    const operator = random.pick(operators)
    result[field.name] = {
      [operator.name]: random.chance(0.6) ? random.pick(HOSTILE_STRINGS) : hostileJson(random, 1),
    }
  }
  return result
}

const LIMITS = [0, -1, 1, 10, 100, 101, 2 ** 31 - 1, 'abc', 1.5, null]

/** Objects need a selection; `__typename` is enough to make the resolver run. */
const selectionFor = (field: SchemaField): string =>
  innermost(field.type).kind === 'OBJECT' ? '{ __typename }' : ''

const call = (
  random: Random,
  schema: Schema,
  field: SchemaField,
  isMutation: boolean,
  guaranteedFailure: boolean,
) => {
  const variables: Record<string, unknown> = {}
  const declarations: string[] = []
  const args: string[] = []
  for (const arg of field.args) {
    if (arg.type.kind !== 'NON_NULL' && random.chance(0.5)) continue
    const name = arg.name
    const type = typeName(arg.type)
    let value: unknown
    if (name === 'where') value = whereValue(random, schema, namedType(arg.type), 2)
    else if (name === 'limit' || name === 'page') value = random.pick(LIMITS)
    else if (name === 'id')
      value = random.chance(0.3) ? random.pick([1, 2, 3]) : random.pick(INVALID_IDS)
    else if (name === 'data') {
      const inputFields = schema.inputs.get(namedType(arg.type)) ?? []
      const data: Record<string, unknown> = {}
      for (const inputField of random.some(inputFields, 0, 4))
        data[inputField.name] = hostileJson(random, 1)
      // Staff callers must fail: the first required field of the create type is null.
      if (guaranteedFailure) {
        const required = inputFields.find((f) => f.type.kind === 'NON_NULL') ?? inputFields[0]
        if (required) data[required.name] = null
      }
      value = data
    } else value = random.chance(0.5) ? random.pick(HOSTILE_STRINGS) : hostileJson(random, 1)
    variables[name] = value
    declarations.push(`$${name}: ${type}`)
    args.push(`${name}: $${name}`)
  }
  const head = declarations.length > 0 ? `(${declarations.join(', ')})` : ''
  const callArgs = args.length > 0 ? `(${args.join(', ')})` : ''
  const query = `${isMutation ? 'mutation' : 'query'} Fuzz${head} { ${field.name}${callArgs} ${selectionFor(field)} }`
  return { query, variables }
}

const MALFORMED: Array<{ body: string | Buffer; type: string }> = [
  { body: '{"query": "{ Articles { docs { id } }"}', type: 'application/json' },
  { body: '{"query": 42}', type: 'application/json' },
  { body: '{"query": "{ __typename }", "variables": "not an object"}', type: 'application/json' },
  { body: '[{"query": "{ __typename }"}, {"query": "{ __typename }"}]', type: 'application/json' },
  { body: '{"query": "query A { __typename } query B { __typename }"}', type: 'application/json' },
  { body: '{"query": "{ __typename }", "operationName": "Nope"}', type: 'application/json' },
  { body: '{"query": ', type: 'application/json' },
  { body: 'null', type: 'application/json' },
  { body: '', type: 'application/json' },
  { body: '{ __typename }', type: 'text/plain' },
  { body: '{ __typename }', type: 'application/graphql' },
  {
    body: Buffer.from([
      0x7b, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d,
    ]),
    type: 'application/json',
  },
  {
    body: JSON.stringify({ query: `{ ${'a: __typename '.repeat(5000)} }` }),
    type: 'application/json',
  },
  {
    body: JSON.stringify({ query: `${'{ Articles { docs '.repeat(2000)}${'} } '.repeat(2000)}` }),
    type: 'application/json',
  },
  { body: JSON.stringify({ query: `{ ${'['.repeat(3000)} }` }), type: 'application/json' },
  {
    body: JSON.stringify({
      query: 'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }',
    }),
    type: 'application/json',
  },
  { body: JSON.stringify({ query: '{ __typename @skip(if: "yes") }' }), type: 'application/json' },
  {
    body: JSON.stringify({ query: '{ Articles(limit: "all") { docs { id } } }' }),
    type: 'application/json',
  },
  {
    body: JSON.stringify({ query: '{ Users { docs { id email hash salt resetPasswordToken } } }' }),
    type: 'application/json',
  },
  { body: JSON.stringify({ query: 'subscription { __typename }' }), type: 'application/json' },
  {
    body: JSON.stringify({
      query: `{ Articles(where: ${'{ OR: ['.repeat(50)}{ id: { equals: 1 } }${'] }'.repeat(50)}) { docs { id } } }`,
    }),
    type: 'application/json',
  },
  {
    body: JSON.stringify({
      query: '{ Articles(where: { headline: { near: "1,2" } }) { docs { id } } }',
    }),
    type: 'application/json',
  },
]

const AUTH_MUTATIONS = [
  'mutation($email: String!, $password: String) { loginUser(email: $email, password: $password) { token } }',
  'mutation($email: String!) { forgotPasswordUser(email: $email) }',
  'mutation($token: String, $password: String) { resetPasswordUser(token: $token, password: $password) { token } }',
  'mutation($email: String!) { unlockUser(email: $email) }',
  'mutation { refreshTokenUser { refreshedToken } }',
]

export const graphqlInput = (random: Random, schema: Schema): GraphQLInput => {
  const caller = random.pick<Caller>(['anonymous', 'writer', 'editor', 'admin', 'forged'])
  const roll = random.next()
  if (roll < 0.45) {
    const field = random.pick(schema.queries)
    const { query, variables } = call(random, schema, field, false, false)
    if (random.chance(0.15)) {
      const search = new URLSearchParams({ query, variables: JSON.stringify(variables) })
      return { caller, method: 'GET', query: `?${search}`, mustFail: false }
    }
    return { caller, method: 'POST', json: { query, variables }, mustFail: false }
  }
  if (roll < 0.7) {
    // Payload's own collections take writes from any signed-in user (the admin keeps its
    // preferences there), so they are not among the writes that must fail.
    const candidates = schema.mutations.filter(
      (m) => /^(create|update|delete|duplicate)/.test(m.name) && !m.name.includes('Payload'),
    )
    const field = random.pick(candidates)
    // Deleting or duplicating a real document would succeed for staff: only hostile ids then.
    const isDeleteLike = /^(delete|duplicate)/.test(field.name)
    const { query, variables } = call(random, schema, field, true, true)
    if (isDeleteLike && typeof variables.id === 'number') variables.id = random.pick(INVALID_IDS)
    if (random.chance(0.1)) {
      // Mutations by GET are refused (graphql-http: 405).
      const search = new URLSearchParams({ query, variables: JSON.stringify(variables) })
      return { caller, method: 'GET', query: `?${search}`, mustFail: true }
    }
    return { caller, method: 'POST', json: { query, variables }, mustFail: true }
  }
  if (roll < 0.85) return { caller, method: 'POST', raw: random.pick(MALFORMED), mustFail: false }
  const query = random.pick(AUTH_MUTATIONS)
  const variables = {
    email: random.chance(0.5)
      ? random.pick(HOSTILE_STRINGS)
      : `nobody${random.int(1, 99)}@newsroom.test`,
    password: random.chance(0.5) ? hostileJson(random, 1) : 'wrong password',
    token: random.pick(HOSTILE_STRINGS),
  }
  return {
    caller: random.pick<Caller>(['anonymous', 'forged']),
    method: 'POST',
    json: { query, variables },
    // forgotPassword answers alike for any email, by design.
    mustFail: !query.includes('forgotPassword'),
  }
}
