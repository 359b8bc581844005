import { resolveEntity } from './resolveEntity'
import type { OrganizationEntry, Registry } from './types'

/** Maps a photo credit's agencies ("EPA", "BGNES") to registry organisations; reports the rest. */
export const resolveCreditAgencies = (
  agencies: string[],
  registry: Registry,
): { organizations: OrganizationEntry[]; unknownAgencies: string[] } => {
  const organizations: OrganizationEntry[] = []
  const unknownAgencies: string[] = []
  for (const agency of agencies) {
    const resolved = resolveEntity(agency, registry)
    if (resolved.kind === 'organization') {
      if (!organizations.includes(resolved.entry)) organizations.push(resolved.entry)
    } else {
      unknownAgencies.push(agency)
    }
  }
  return { organizations, unknownAgencies }
}
