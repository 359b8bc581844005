import { afterAll, beforeAll, expect, test } from 'vitest'

import { authHeader } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { latest, openNewsroom, storyAt } from '../workflow/newsroom'
import type { Newsroom } from '../workflow/newsroom'
import { countQueries } from './queryCounter'

/**
 * Every round trip of a save waits for the server's busy thread under readers' load, so the
 * stale-write check (If-Match) must cost as little as it can. On PostgreSQL the row lock also
 * reads the main document (whether the story is live, when it was saved), and the read of which
 * version a draft read shows goes in the same round trip (src/database/postgres/
 * articleRowLock.ts), in place of the live-story count a save without the check makes: no
 * round trip more. On SQLite the check reads the latest draft as Payload's draft read does, in two.
 */
const EXTRA_STATEMENTS: Record<string, number> = { postgres: 0, sqlite: 2 }

describeWithDatabase('what the stale-write check costs a save', () => {
  let server: TestServer
  let newsroom: Newsroom

  beforeAll(async () => {
    server = await startTestServer()
    newsroom = await openNewsroom(server.payload, server.http)
  })
  afterAll(async () => {
    await server?.stop()
  })

  /** The statements of one autosave, as the admin sends it, with or without its If-Match. */
  const statementsOfSave = async (id: number, ifMatch: null | string, standfirst: string) => {
    const counter = countQueries(server.payload)
    if (!counter) throw new Error('no SQL driver to watch')
    try {
      const response = await server.http
        .patch(`/api/articles/${id}?draft=true&autosave=true&depth=0`)
        .set(authHeader(newsroom.tokens.editor))
        .set(ifMatch === null ? {} : { 'If-Match': `"${ifMatch}"` })
        .send({ standfirst })
      expect(response.status, response.text).toBe(200)
      return [...counter.statements]
    } finally {
      counter.restore()
    }
  }

  test('a save that names its version makes few round trips more than one that does not', async (context) => {
    const extra = EXTRA_STATEMENTS[server.payload.db.name]
    if (extra === undefined) context.skip('SQL only: MongoDB has no statements to count')
    const story = await storyAt(server.payload, newsroom, 'draft', { owner: 'editor' })
    // The first autosave writes a new version; later ones rewrite it. Both measured saves rewrite.
    await statementsOfSave(story.id, null, 'First autosave')
    const blind = await statementsOfSave(story.id, null, 'Saved without If-Match')
    const current = await latest(server.payload, story.id)
    const checked = await statementsOfSave(story.id, current.updatedAt, 'Saved with If-Match')

    expect(checked.length, checked.join('\n')).toBeLessThanOrEqual(blind.length + extra!)
    if (server.payload.db.name === 'postgres') {
      const locks = checked.filter((statement) => /for no key update/i.test(statement))
      expect(locks, checked.join('\n')).toHaveLength(1)
      // The draft read rides in the lock's round trip, as a second statement of the same text.
      expect(locks[0]).toMatch(/for no key update; select .*"_articles_v"/i)
    }
    expect((await latest(server.payload, story.id)).standfirst).toBe('Saved with If-Match')
  })

  test('a publish moves the content version on in one statement', async (context) => {
    // The version's row is written as Payload starts (contentVersionRow.test.ts), so this is
    // never the insert.
    const story = await storyAt(server.payload, newsroom, 'approved', { owner: 'editor' })
    const counter = countQueries(server.payload)
    if (!counter) context.skip('SQL only: MongoDB has no statements to count')
    try {
      const response = await server.http
        .patch(`/api/articles/${story.id}?depth=0`)
        .set(authHeader(newsroom.tokens.editor))
        .send({ _status: 'published' })
      expect(response.status, response.text).toBe(200)
      const versionStatements = counter!.statements.filter((statement) =>
        /payload_kv/i.test(statement),
      )
      expect(versionStatements, counter!.statements.join('\n')).toHaveLength(1)
      expect(versionStatements[0]).toMatch(/^\s*update/i)
    } finally {
      counter?.restore()
    }
  })
})
