/** Fired in the browser after a workflow move is saved, so the editorial log view reloads. */
export const WORKFLOW_MOVED_EVENT = 'newsroom:workflow-moved'
