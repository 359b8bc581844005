/**
 * The floor: a bare node:http server doing what the CMS does for the two hottest reads, with the
 * same database driver. `DATABASE_URL=… PORT=… node --import tsx bench/floor/server.ts`
 *   GET /articles/slug/:slug        = GET /api/articles?where[slug][equals]=:slug&depth=1
 *   GET /articles/slug/:slug?joins=false   the same with &joins=false
 *   GET /sections/:id/latest        = GET /api/articles?where[section][equals]=:id&sort=-publishedAt&limit=20&depth=0
 *   GET /search?q=…                 = GET /api/search?q=…  (the same full-text query; no passages)
 */
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { articleBySlug, latestInSection } from './articles'
import { openFloorDb } from './db'
import type { FloorDb } from './db'
import { searchStories } from './search'

const route = async (db: FloorDb, path: string, query: string): Promise<unknown> => {
  const slug = /^\/articles\/slug\/([^/]+)$/.exec(path)?.[1]
  if (slug) {
    // joins=false turns the join lists off; otherwise the populated documents' default holds.
    const isJoinless = /(^|&)joins=false(&|$)/.test(query)
    return articleBySlug(db, decodeURIComponent(slug), isJoinless ? false : undefined)
  }
  const section = /^\/sections\/(\d+)\/latest$/.exec(path)?.[1]
  if (section) return latestInSection(db, Number(section))
  if (path === '/search') return searchStories(db, new URLSearchParams(query).get('q') ?? '')
  return undefined
}

export const startFloor = (db: FloorDb, port = 0, host = '127.0.0.1') => {
  const server = createServer((req, res) => {
    const [path = '/', query = ''] = (req.url ?? '/').split('?')
    route(db, path, query).then(
      (body) => {
        res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body ?? { errors: [{ message: 'Not Found' }] }))
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ errors: [{ message: String(error) }] }))
      },
    )
  })
  return new Promise<{ server: Server; url: string; close: () => Promise<void> }>((resolve) => {
    server.listen(port, host, () =>
      resolve({
        server,
        url: `http://${host}:${(server.address() as AddressInfo).port}`,
        close: async () => {
          await new Promise<void>((done) => server.close(() => done()))
          await db.close()
        },
      }),
    )
  })
}

const isMain = process.argv[1]?.endsWith('floor/server.ts')
if (isMain) {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL names the database the floor reads')
  const port = Number(process.env.PORT ?? 3100)
  void startFloor(openFloorDb(url), port).then(({ url: base }) => console.log(`floor at ${base}`))
}
