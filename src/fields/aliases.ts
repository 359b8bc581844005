import type { TextField } from 'payload'

/** Other spellings a name appears under (Sergei Lavrov for Sergey Lavrov), so search finds them. */
export const aliasesField = (): TextField => ({
  name: 'aliases',
  type: 'text',
  hasMany: true,
  index: true,
  admin: { description: 'Other spellings and short forms. Press Enter after each.' },
})
