/**
 * The server half of `npm run soak`: the real CMS (createServer, API only) in production mode on
 * the database the parent names, loaded with the seed story and synthetic articles, plus an
 * editor for the writes. It reports over IPC (never HTTP, so the API gains no extra surface): its
 * port once listening, and its memory after a full GC whenever the parent asks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { loadRegistryFile } from '../../src/domain/registry/loadRegistryFile'
import { syntheticWirePages } from '../../src/domain/wire/synthetic'
import { importWireFiles } from '../../src/importing/importWireFiles'
import { seedIfEmpty } from '../../seed/seed'
import type { SoakMessage, SoakReady } from './protocol'

const send = (message: SoakMessage) => process.send?.(message)

const loadContent = async (payload: Awaited<ReturnType<typeof start>>['payload']) => {
  await seedIfEmpty(payload, { createLocalUsers: false })
  const folder = mkdtempSync(path.join(tmpdir(), 'newsroom-soak-pages-'))
  const count = Number(process.env.SOAK_SYNTHETIC ?? 30)
  const files = syntheticWirePages({ count, seed: 2026, photoEvery: 5 }).map((page) => {
    const file = path.join(folder, page.name)
    writeFileSync(file, page.text)
    return file
  })
  const summary = await importWireFiles(payload, files, {
    registry: await loadRegistryFile('seed/registry.json'),
    isPublishing: true,
  })
  rmSync(folder, { recursive: true, force: true })
  if (summary.failed > 0) throw new Error(`${summary.failed} synthetic page(s) failed to import`)
}

const start = async () => {
  const { createServer: createNewsroomServer } = await import('../../src/server')
  return createNewsroomServer({ admin: false, runJobs: false })
}

const main = async () => {
  const server = await start()
  const { payload, listener: serve } = server
  await loadContent(payload)
  // The first account always becomes an admin; the writes come from an editor after it.
  const account = (role: 'admin' | 'editor') =>
    payload.create({
      collection: 'users',
      data: {
        email: `soak-${role}@newsroom.test`,
        password: process.env.SOAK_PASSWORD ?? '',
        name: `Soak ${role}`,
        role,
      },
      overrideAccess: true,
    })
  await account('admin')
  const editor = await account('editor')
  const listener = createServer(serve).listen(0, '127.0.0.1', () => {
    const ready: SoakReady = {
      type: 'ready',
      port: (listener.address() as AddressInfo).port,
      editorEmail: editor.email,
    }
    send(ready)
  })

  // If `npm run soak` dies, so does its server: nothing is left listening.
  process.on('disconnect', () => process.exit(1))
  process.on('message', (message: SoakMessage) => {
    if (message.type === 'sample-memory') {
      // --expose-gc: measure what survives a full collection, not garbage waiting for one.
      globalThis.gc?.()
      const { rss, heapUsed } = process.memoryUsage()
      send({ type: 'memory', rss, heapUsed, at: Date.now() })
    } else if (message.type === 'stop') {
      listener.close(() => void server.close().then(() => process.exit(0)))
    }
  })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
