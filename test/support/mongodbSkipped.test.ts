import { test } from 'vitest'

import { MONGODB_SKIP_REASON } from './mongod'

// Run instead of the whole suite when no mongod is available, so the skip and its reason show in
// the report at once rather than after every file has loaded only to skip.
test.skip(MONGODB_SKIP_REASON, () => {})
