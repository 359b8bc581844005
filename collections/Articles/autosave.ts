/**
 * How often the admin autosaves a draft while a writer types. The benchmark paces its editors on
 * it (bench/saves.ts), so it lives apart from the collection config, which pulls in Payload.
 */
export const AUTOSAVE_INTERVAL_MS = 2000
