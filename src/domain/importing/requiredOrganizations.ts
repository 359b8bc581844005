import type { OrganizationEntry, PersonEntry, Registry } from '../registry/types'

/**
 * The organisations an import must write so every link it makes can point somewhere: the ones
 * given, their parents, and the employers of the people's positions, each parent before its child.
 */
export const requiredOrganizations = (
  organizations: OrganizationEntry[],
  people: PersonEntry[],
  registry: Registry,
): OrganizationEntry[] => {
  const byKey = new Map(registry.organizations.map((entry) => [entry.key, entry]))
  const ordered: OrganizationEntry[] = []
  const visiting = new Set<string>()
  const visit = (key: string | null) => {
    if (key === null || visiting.has(key) || ordered.some((entry) => entry.key === key)) return
    const entry = byKey.get(key)
    if (!entry) return
    // A parent cycle in a hand-edited registry must not loop forever.
    visiting.add(key)
    visit(entry.parent)
    visiting.delete(key)
    ordered.push(entry)
  }
  for (const entry of organizations) visit(entry.key)
  for (const person of people) {
    for (const position of person.positions) visit(position.organization)
  }
  return ordered
}
