import type TestAgent from 'supertest/lib/agent.js'
import { expect } from 'vitest'

import { PASSWORD } from './users'

/** Logs in through the REST API as a real client would and returns the JWT. */
export const login = async (
  http: TestAgent,
  email: string,
  password = PASSWORD,
): Promise<string> => {
  const response = await http.post('/api/users/login').send({ email, password })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.token as string
}

export const authHeader = (token: string | undefined): Record<string, string> =>
  token ? { Authorization: `JWT ${token}` } : {}

export interface GraphQLResult {
  status: number
  data: Record<string, any> | null | undefined
  errors: Array<{ message: string; extensions?: Record<string, unknown> }> | undefined
}

export const graphql = async (
  http: TestAgent,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResult> => {
  const response = await http
    .post('/api/graphql')
    .set(authHeader(token))
    .set('Content-Type', 'application/json')
    .send({ query, variables })
  return { status: response.status, data: response.body.data, errors: response.body.errors }
}
