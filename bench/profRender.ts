import { renderStories } from '../src/readCache/delivery/render'
import { runWithPayload } from './withPayload'
runWithPayload('prof', async (payload) => {
  const { docs } = await payload.find({ collection: 'articles', limit: 1000, depth: 0, pagination: false })
  const ids = docs.map((d) => d.id)
  await renderStories(payload, ids.slice(0, 5))
  const { Session } = await import('node:inspector/promises')
  const session = new Session(); session.connect()
  await session.post('Profiler.enable'); await session.post('Profiler.start')
  const s = performance.now(); await renderStories(payload, ids.slice(100, 300)); console.log('200', (performance.now() - s).toFixed(0))
  const { profile } = await session.post('Profiler.stop')
  ;(await import('node:fs')).writeFileSync('/tmp/prof/renderpg.cpuprofile', JSON.stringify(profile))
})
