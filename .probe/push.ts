import { getPayload } from 'payload'
const main = async () => {
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  const db = payload.db as unknown as { client: { execute: (s: string) => Promise<{ rows: unknown[] }> } }
  console.log('fts rows', (await db.client.execute('select count(*) c from search_fts')).rows)
  console.log('docs', (await db.client.execute('select count(*) c from search_documents')).rows)
  if (process.argv[2] === 'write') {
    await payload.create({ collection: 'tags', data: { name: 'x' + Date.now() } })
    const a = await payload.create({ collection: 'articles', data: { headline: 'Push probe story' }, draft: true })
    console.log('created', a.id)
  }
  process.exit(0)
}
main()
