import type { PayloadRequest } from 'payload'

/**
 * What the caller of an article write asked for, before Payload fills in the rest of the
 * document: the collection's `beforeChange` hooks no longer see the `draft` flag, the access
 * override, or which fields the client actually sent.
 */
export interface WriteIntent {
  /** Payload's `draft` flag: save a draft version, leave any live version as it is. */
  draft: boolean
  /** Server code with access overridden (the seed, the scheduler): role rules do not apply. */
  isSystem: boolean
  isRestore: boolean
  requestedStage: unknown
  requestedStatus: unknown
}

const KEY = 'articleWriteIntent'

export const setWriteIntent = (req: PayloadRequest, intent: WriteIntent): void => {
  req.context[KEY] = intent
}

/** Every Payload write operation notes an intent first; without one, fail closed: not the system. */
export const readWriteIntent = (req: PayloadRequest): WriteIntent =>
  (req.context[KEY] as WriteIntent | undefined) ?? {
    draft: false,
    isSystem: false,
    isRestore: false,
    requestedStage: undefined,
    requestedStatus: undefined,
  }

/** Who the editorial log names when no staff account made the change. */
export const SYSTEM_ACTOR_NAME = 'workflowActorName'
