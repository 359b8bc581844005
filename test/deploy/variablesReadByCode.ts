import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { ENVIRONMENT_VARIABLES } from '../../src/settings'

/** Where the CMS's own code lives; tests and their helpers read variables of their own. */
const CODE_FOLDERS = ['src', 'collections', 'seed']
const isCode = (file: string): boolean =>
  /\.(ts|tsx|mts|js|mjs)$/.test(file) && !/\.test(ing)?\.\w+$/.test(file)

const READ = /process\.env\.([A-Z_][A-Z0-9_]*)|process\.env\[\s*['"]([A-Z_][A-Z0-9_]*)['"]\s*\]/g

const codeFiles = (entry: string): string[] => {
  if (!statSync(entry, { throwIfNoEntry: false })) return []
  if (!statSync(entry).isDirectory()) return isCode(entry) ? [entry] : []
  return readdirSync(entry).flatMap((name) => codeFiles(path.join(entry, name)))
}

/** Variables the code names as `process.env.X` (or `process.env['X']`), outside the settings list. */
export const variablesNamedInCode = (root: string): Set<string> =>
  new Set(
    CODE_FOLDERS.flatMap((folder) => codeFiles(path.join(root, folder))).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(READ)].map((match) => match[1] ?? match[2] ?? ''),
    ),
  )

/** Every variable the CMS reads: the settings list plus any the code reads directly. */
export const variablesReadByCode = (root: string): string[] =>
  [...new Set([...ENVIRONMENT_VARIABLES, ...variablesNamedInCode(root)])].sort()

/** Variables .env.example names, set or commented out (`NAME=…` or `# NAME=…`). */
export const variablesInEnvExample = (text: string): Set<string> =>
  new Set([...text.matchAll(/^#?\s*([A-Z_][A-Z0-9_]*)=/gm)].map((match) => match[1] ?? ''))

/**
 * The variables of the README's configuration table (the table whose first column is
 * "Variable"), or undefined when the README has no such table.
 */
export const variablesInReadmeTable = (text: string): Set<string> | undefined => {
  const lines = text.split('\n')
  const header = lines.findIndex((line) => /^\|\s*Variable\s*\|/i.test(line))
  if (header === -1) return undefined
  const names = new Set<string>()
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break
    const name = /^\|\s*`([A-Z_][A-Z0-9_]*)`/.exec(line)?.[1]
    if (name) names.add(name)
  }
  return names
}
