import { afterAll, beforeAll, expect, test } from 'vitest'

import { authHeader, login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createStaff } from '../support/users'

/** The query the admin's relationship picker sends as someone types a name. */
const pickerSearch = (collection: string, typed: string) =>
  `/api/${collection}?depth=0&limit=10&where[and][0][name][like]=${encodeURIComponent(typed)}`

describeWithDatabase('the admin pickers find a record by any of its names', () => {
  let server: TestServer
  let writerToken: string

  beforeAll(async () => {
    server = await startTestServer()
    const staff = await createStaff(server.payload)
    writerToken = await login(server.http, staff.writer.email)
    await server.payload.create({
      collection: 'people',
      data: { name: 'Sergey Lavrov', aliases: ['Sergei Lavrov', 'Lavrov'] },
    })
    await server.payload.create({
      collection: 'organizations',
      data: { name: 'North Atlantic Treaty Organization', acronym: 'NATO', kind: 'alliance' },
    })
    await server.payload.create({
      collection: 'tags',
      data: { name: 'missile defense', kind: 'topic', aliases: ['missile shield'] },
    })
  })

  afterAll(async () => {
    await server?.stop()
  })

  test.each([
    ['people', 'Sergei', 'Sergey Lavrov'],
    ['people', 'sergey', 'Sergey Lavrov'],
    ['organizations', 'NATO', 'North Atlantic Treaty Organization'],
    ['tags', 'shield', 'missile defense'],
  ])('staff typing into the %s picker "%s" find %s', async (collection, typed, name) => {
    const response = await server.http
      .get(pickerSearch(collection, typed))
      .set(authHeader(writerToken))
    expect(response.status).toBe(200)
    expect(response.body.docs.map((doc: { name: string }) => doc.name)).toEqual([name])
  })

  test('the picker’s options carry the other names, so its own filter keeps them', async () => {
    const response = await server.http
      .get(`${pickerSearch('people', 'Sergei')}&select[name]=true`)
      .set(authHeader(writerToken))
    expect(response.status).toBe(200)
    expect(response.body.docs).toEqual([
      { id: expect.anything(), name: 'Sergey Lavrov (Sergei Lavrov, Lavrov)' },
    ])
  })

  test('a chosen value, looked up by id, keeps its plain name', async () => {
    const [lavrov] = (
      await server.payload.find({
        collection: 'people',
        where: { name: { equals: 'Sergey Lavrov' } },
      })
    ).docs
    const response = await server.http
      .get(`/api/people?depth=0&select[name]=true&where[id][in][0]=${lavrov!.id}`)
      .set(authHeader(writerToken))
    expect(response.body.docs).toEqual([{ id: lavrov!.id, name: 'Sergey Lavrov' }])
  })

  test('a name that matches nothing finds nothing', async () => {
    const response = await server.http
      .get(pickerSearch('people', 'Westerwelle'))
      .set(authHeader(writerToken))
    expect(response.body.docs).toEqual([])
  })

  test('a reader’s query means what it says: the name only', async () => {
    const response = await server.http.get(pickerSearch('people', 'Sergei'))
    expect(response.status).toBe(200)
    expect(response.body.docs).toEqual([])
  })
})
