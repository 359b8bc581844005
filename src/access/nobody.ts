import type { Access } from 'payload'

/** No API caller may do this; only server code with access overridden. */
export const nobody: Access = () => false
