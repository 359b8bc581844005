/** Messages between `npm run soak` and its server process, over Node's IPC channel. */
export interface SoakReady {
  type: 'ready'
  port: number
  editorEmail: string
}

export interface SoakMemory {
  type: 'memory'
  /** Resident set size, bytes. */
  rss: number
  /** V8 heap in use right after a full GC, bytes. */
  heapUsed: number
  at: number
}

export type SoakMessage = SoakReady | SoakMemory | { type: 'sample-memory' } | { type: 'stop' }
