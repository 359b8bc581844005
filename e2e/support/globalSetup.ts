import { ensureAdminBuild } from '../../src/adminBuild'
import { assertChromium } from './chromium'

/** Before any server starts: a browser to drive, and a production build of the admin to serve. */
export default function setup(): void {
  assertChromium()
  const started = Date.now()
  ensureAdminBuild((message) => console.log(`[e2e] ${message}`))
  console.log(`[e2e] admin build ready in ${Math.round((Date.now() - started) / 1000)} s`)
}
