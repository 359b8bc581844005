import { stringify } from 'qs-esm'

import { ABSURD_DATES, HOSTILE_STRINGS, INVALID_IDS, hostileJson } from './hostile'
import type { Random } from './random'

export type Caller = 'anonymous' | 'writer' | 'editor' | 'admin' | 'forged'

/** One generated request, described well enough to replay it from the printed line. */
export interface RestInput {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  caller: Caller
  /** A JSON value to send, or raw bytes with their content type. */
  json?: unknown
  raw?: { body: Buffer | string; type: string }
  /** Whether the request must be refused (and so change nothing). */
  mustFail: boolean
}

export interface CollectionShape {
  slug: string
  fields: Array<{ name: string; type: string; required: boolean }>
  /** Real ids of this collection's documents, so detail routes hit something too. */
  ids: Array<number | string>
  /** Whether the API takes writes here (Payload's own collections are read-only to the fuzzer). */
  writable: boolean
}

const OPERATORS = [
  'equals',
  'not_equals',
  'contains',
  'like',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'less_than_equal',
  'all',
  'near',
  'within',
  'intersects',
  '$gt',
  '$where',
  'regex',
  '',
]
const LIMITS = ['0', '-5', '1', '10', '100', '101', '99999999999', 'abc', '1.5', '1e3', '']
const PAGES = ['0', '-1', '1', '2', '99999999', 'abc', '1.5']
const DEPTHS = ['-1', '0', '1', '2', '10', '11', '1000', 'abc', '1e3', '2;DROP TABLE users']
const DRAFTS = ['true', 'false', 'maybe', '1']

const field = (random: Random, shape: CollectionShape): string =>
  random.chance(0.8) && shape.fields.length > 0
    ? random.pick(shape.fields).name
    : random.pick([
        'id',
        'createdAt',
        'hash',
        'salt',
        'nope',
        'a.b.c',
        'x;--',
        '__proto__',
        '$where',
      ])

const whereTree = (random: Random, shape: CollectionShape, depth: number): unknown => {
  if (depth > 0 && random.chance(0.3)) {
    return {
      [random.pick(['and', 'or', 'AND', 'nor'])]: Array.from({ length: random.int(1, 3) }, () =>
        whereTree(random, shape, depth - 1),
      ),
    }
  }
  const value = random.chance(0.5) ? random.pick(HOSTILE_STRINGS) : hostileJson(random, 1)
  return { [field(random, shape)]: { [random.pick(OPERATORS)]: value } }
}

const deepWhere = (levels: number): unknown =>
  levels === 0 ? { id: { equals: '1' } } : { or: [deepWhere(levels - 1)] }

// A lone surrogate has no UTF-8 form: send the bytes a broken client would (CESU-8).
const encode = (text: string): string => {
  try {
    return encodeURIComponent(text)
  } catch {
    return '%ED%A0%80'
  }
}

const listQuery = (random: Random, shape: CollectionShape): string => {
  const query: Record<string, unknown> = {}
  if (random.chance(0.7)) query.where = whereTree(random, shape, 3)
  if (random.chance(0.1)) query.where = deepWhere(random.int(6, 40))
  if (random.chance(0.4)) {
    const sorts = random.some(
      shape.fields.map((f) => f.name).concat(['-id', 'nope', "x' --"]),
      1,
      3,
    )
    query.sort = random.chance(0.3) ? random.pick(HOSTILE_STRINGS) : sorts.join(',')
  }
  if (random.chance(0.4)) query.limit = random.pick(LIMITS)
  if (random.chance(0.3)) query.page = random.pick(PAGES)
  if (random.chance(0.4)) query.depth = random.pick(DEPTHS)
  if (random.chance(0.2)) query.draft = random.pick(DRAFTS)
  if (random.chance(0.1)) query.pagination = random.pick(['false', '0', 'no'])
  if (random.chance(0.1)) query.select = { [field(random, shape)]: random.pick(['true', 'x']) }
  if (random.chance(0.1)) query.locale = random.pick(HOSTILE_STRINGS)
  if (random.chance(0.1)) query.joins = { [field(random, shape)]: { limit: random.pick(LIMITS) } }
  let search = stringify(query, { addQueryPrefix: true })
  // Percent-escapes that decode to no UTF-8 at all, and parameters given twice.
  if (random.chance(0.1)) search += `${search ? '&' : '?'}where[id][equals]=%FF%FE%C3%28`
  if (random.chance(0.05)) search += `${search ? '&' : '?'}limit=1&limit=2`
  if (random.chance(0.05)) search = `?where=${encode(random.pick(HOSTILE_STRINGS))}`
  return search
}

const id = (random: Random, shape: CollectionShape): string =>
  random.chance(0.4) && shape.ids.length > 0
    ? String(random.pick(shape.ids))
    : random.pick(INVALID_IDS)

/**
 * A write body that must be refused: its first required field is missing or null, so whatever
 * the hostile values elsewhere, nothing may be saved. Without a required field, callers who may
 * not write at all send it.
 */
const mustFailBody = (random: Random, shape: CollectionShape, isUpdate: boolean) => {
  const required = shape.fields.find((f) => f.required)
  const body: Record<string, unknown> = {}
  for (const f of random.some(shape.fields, 0, 4)) {
    if (f.name === '_status' || f === required) continue
    body[f.name] =
      f.type === 'date' && random.chance(0.5) ? random.pick(ABSURD_DATES) : hostileJson(random)
  }
  if (required && (isUpdate || random.chance(0.5))) body[required.name] = null
  return { body, needsForbiddenCaller: !required }
}

const RAW_BODIES: Array<{ body: Buffer | string; type: string }> = [
  { body: '{"name": ', type: 'application/json' },
  { body: '{"name": "x",}', type: 'application/json' },
  { body: "{'name': 'x'}", type: 'application/json' },
  { body: 'null', type: 'application/json' },
  { body: '[]', type: 'application/json' },
  { body: '"just a string"', type: 'application/json' },
  { body: '12345', type: 'application/json' },
  { body: '', type: 'application/json' },
  {
    body: Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    type: 'application/json',
  },
  { body: Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), type: 'application/json' },
  { body: '{"name":"x"}', type: 'text/plain' },
  { body: 'name=x&headline=y', type: 'application/x-www-form-urlencoded' },
  {
    body: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{bad\r\n--x--',
    type: 'multipart/form-data; boundary=x',
  },
  { body: 'garbage', type: 'multipart/form-data' },
  { body: '{"_payload": "{\\"name\\": null}"}', type: 'application/json' },
  { body: `${'['.repeat(5000)}${']'.repeat(5000)}`, type: 'application/json' },
  { body: `{"name": ${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`, type: 'application/json' },
  { body: `{"name":"${'x'.repeat(1024 * 1024)}"}`, type: 'application/json' },
  {
    body: '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"role": "admin"}}}',
    type: 'application/json',
  },
]

const AUTH_ROUTES = [
  'login',
  'forgot-password',
  'reset-password',
  'unlock',
  'refresh-token',
  'logout',
  'verify/x',
  'me',
  'access',
  'init',
  'first-register',
]

/** The n-th input of a run: the same n and seed give the same request. */
const SEARCH_WORDS = ['nato', 'Lavrov', 'missile shield', 'Erdoğan', 'the', '2011', 'DRAFTONLY']
const SEARCH_SYNTAX = [
  'nato OR russia',
  'NOT nato',
  'lavr*',
  '^nato',
  '-russia',
  'headline:nato',
  'NEAR(nato russia)',
  '"unclosed',
  '""',
  '" "',
  '(nato)',
  '{headline}: nato',
  'nato AND',
  "'; DROP TABLE search_documents; --",
  '\u0000',
  'x'.repeat(201),
  Array.from({ length: 13 }, (_, n) => `w${n}`).join(' '),
]
const SEARCH_PARAMETERS = ['q', 'section', 'tag', 'person', 'from', 'to', 'limit', 'cursor']

/** `/api/search` with words, engine syntax, hostile text and bad filters, cursors and limits. */
const searchInput = (random: Random, caller: Caller): RestInput => {
  const query: Record<string, unknown> = {}
  if (random.chance(0.9)) {
    query.q = random.chance(0.4)
      ? random.pick(SEARCH_WORDS)
      : random.chance(0.5)
        ? random.pick(SEARCH_SYNTAX)
        : random.pick(HOSTILE_STRINGS)
  }
  for (const name of random.some(SEARCH_PARAMETERS.slice(1), 0, 4)) {
    query[name] = random.chance(0.5)
      ? random.pick(HOSTILE_STRINGS)
      : random.pick([...ABSURD_DATES, ...LIMITS, 'world', 'eyJzIjoxLCJpIjoxLCJmIjoieCJ9'])
  }
  if (random.chance(0.1)) query.draft = random.pick(DRAFTS)
  // A parameter given twice, or in brackets as qs would nest it.
  if (random.chance(0.1)) query[random.pick(SEARCH_PARAMETERS)] = ['a', 'b']
  if (random.chance(0.05)) query.q = { $ne: '' }
  let search = stringify(query, { addQueryPrefix: true })
  if (random.chance(0.05)) search += `${search ? '&' : '?'}q=%FF%FE%C3%28`
  return { method: 'GET', path: `/api/search${search}`, caller, mustFail: false }
}

export const restInput = (random: Random, shapes: CollectionShape[]): RestInput => {
  const shape = random.pick(shapes)
  const caller = random.pick<Caller>(['anonymous', 'writer', 'editor', 'admin', 'forged'])
  if (random.chance(0.08)) return searchInput(random, caller)
  const writable = shapes.filter((s) => s.writable)
  const roll = random.next()

  if (roll < 0.35) {
    return {
      method: 'GET',
      path: `/api/${shape.slug}${listQuery(random, shape)}`,
      caller,
      mustFail: false,
    }
  }
  if (roll < 0.5) {
    const depth = random.chance(0.5) ? `?depth=${random.pick(DEPTHS)}` : ''
    return {
      method: 'GET',
      path: `/api/${shape.slug}/${id(random, shape)}${depth}`,
      caller,
      mustFail: false,
    }
  }
  if (roll < 0.75) {
    const target = random.pick(writable)
    const isUpdate = random.chance(0.4)
    const { body, needsForbiddenCaller } = mustFailBody(random, target, isUpdate)
    return {
      method: isUpdate ? 'PATCH' : 'POST',
      path: isUpdate ? `/api/${target.slug}/${id(random, target)}` : `/api/${target.slug}`,
      caller: needsForbiddenCaller ? 'anonymous' : caller,
      json: body,
      mustFail: true,
    }
  }
  if (roll < 0.87) {
    const target = random.pick(writable)
    const isUpdate = random.chance(0.5)
    return {
      method: isUpdate ? 'PATCH' : 'POST',
      path: isUpdate ? `/api/${target.slug}/${id(random, target)}` : `/api/${target.slug}`,
      // A body that says nothing is a valid (empty) update, so updates come from callers who
      // may not write; creates lack their required fields whoever sends them.
      caller: isUpdate ? random.pick<Caller>(['anonymous', 'forged']) : caller,
      raw: random.pick(RAW_BODIES),
      mustFail: true,
    }
  }
  if (roll < 0.92) {
    // Deleting: an id that is not there, or a hostile `where` from someone who may not delete.
    const target = random.pick(writable)
    return random.chance(0.5)
      ? {
          method: 'DELETE',
          path: `/api/${target.slug}/${random.pick(INVALID_IDS)}`,
          caller,
          mustFail: true,
        }
      : {
          method: 'DELETE',
          path: `/api/${target.slug}${listQuery(random, target) || '?where[id][exists]=true'}`,
          caller: 'anonymous',
          mustFail: true,
        }
  }
  // Sign-in routes with hostile credentials; no real account's email, so no real row may change.
  const route = random.pick(AUTH_ROUTES)
  const json = random.chance(0.7)
    ? {
        email: random.chance(0.5) ? { $gt: '' } : random.pick(HOSTILE_STRINGS),
        password: hostileJson(random, 1),
        token: random.pick(HOSTILE_STRINGS),
      }
    : hostileJson(random)
  return {
    method: route === 'me' || route === 'access' || route === 'init' ? 'GET' : 'POST',
    path: `/api/users/${route}`,
    caller: random.pick<Caller>(['anonymous', 'forged']),
    json,
    // forgot-password answers 200 for any email, known or not, by design.
    mustFail: !['me', 'access', 'init', 'logout', 'forgot-password'].includes(route),
  }
}
