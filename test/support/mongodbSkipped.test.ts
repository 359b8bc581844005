import { test } from 'vitest'

import { MONGODB_SKIP_REASON_VARIABLE } from './mongod'

// Run instead of the whole suite when no mongod could be had, so the skip and its reason show in
// the report at once rather than after every file has loaded only to skip.
test.skip(process.env[MONGODB_SKIP_REASON_VARIABLE] ?? 'MongoDB suite skipped', () => {})
