/**
 * Writes the synthetic corpus into the database named by DATABASE_URL (run by `npm run bench`,
 * which resets the database first when the stored corpus does not match):
 *   corpus/cli.ts --articles 10000 --stamp bench/.data/sqlite-10000.json
 */
import { parseArgs } from 'node:util'

import { runWithPayload } from '../withPayload'
import { progressBar } from './progress'
import { isReusableCorpus, readStamp, stampFor, writeStamp } from './stamp'
import { writeCorpus } from './writeCorpus'

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    stamp: { type: 'string' },
    migrations: { type: 'string', default: '' },
  },
})
const articles = Number(values.articles)
const stamp = values.stamp
if (!Number.isInteger(articles) || articles < 1 || !stamp) {
  console.error('Corpus: Usage: corpus/cli.ts --articles <N> --stamp <file>')
  process.exit(1)
}
const wanted = stampFor(articles, values.migrations.split(',').filter(Boolean))

runWithPayload('Corpus', async (payload) => {
  const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: true })
  if (totalDocs === articles && isReusableCorpus(readStamp(stamp), wanted)) {
    console.error(`Corpus: reusing ${articles} synthetic articles`)
    // Opening it ran the migrations it had not had yet.
    writeStamp(stamp, wanted)
    console.log(JSON.stringify({ reused: true, seconds: null }))
    return
  }
  if (totalDocs > 0) {
    throw new Error(`the database holds ${totalDocs} articles; the corpus needs an empty one`)
  }
  const bar = progressBar('Corpus', articles)
  await writeCorpus(payload, { articles, onProgress: (done) => bar.tick(done) })
  const seconds = bar.done()
  console.error(
    `Corpus: wrote ${articles} articles in ${seconds.toFixed(1)} s (${Math.round(articles / seconds)}/s)`,
  )
  writeStamp(stamp, wanted)
  console.log(JSON.stringify({ reused: false, seconds: Math.round(seconds * 10) / 10 }))
})
