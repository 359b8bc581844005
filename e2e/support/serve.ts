/**
 * The server the browser tests drive: what `npm start` runs in production mode (the front door,
 * the Express app with the built admin, committed migrations, the seed and the local accounts),
 * except the admin build, which the tests' global setup has made once: while sources change under
 * a developer's feet, `npm start` would rebuild it here.
 */
const env = process.env as Record<string, string | undefined>
env.NODE_ENV = 'production'

const main = async () => {
  const { createServer: createHttpServer } = await import('node:http')
  const { createServer } = await import('../../src/server')
  const { seedIfEmpty } = await import('../../seed/seed')
  const { payload, listener } = await createServer({ admin: { dev: false }, runJobs: false })
  await seedIfEmpty(payload, { createLocalUsers: true })
  const port = Number(process.env.PORT)
  createHttpServer(listener).listen(port, '127.0.0.1', () =>
    console.log(`[e2e] serving on ${port}`),
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
