/**
 * A query exactly `depth` fields deep, walking People > docs > articles > docs > people > … so
 * every level is a real field of the schema. Each list reads one document (`limit: 1`): lists in
 * lists of the default ten would cost 10^n rows and meet the cost ceiling first.
 */
export const queryOfDepth = (depth: number): string => {
  const path = ['People', 'docs']
  const cycle = ['articles', 'docs', 'people']
  while (path.length < depth - 1) path.push(cycle[(path.length - 2) % cycle.length]!)
  const leaf = path.at(-1) === 'articles' ? 'totalDocs' : 'id'
  const fields = [...path.slice(0, depth - 1), leaf]
  const isList = (field: string) => field === 'People' || field === 'articles'
  return `{ ${fields.reduceRight((inner, field) => `${field}${isList(field) ? '(limit: 1)' : ''} { ${inner} }`)} }`
}

/** `{ Articles { docs { … } } }` selecting `id` under enough aliases to cost exactly `complexity`. */
export const queryOfComplexity = (complexity: number): string => {
  const ids = Array.from({ length: complexity - 2 }, (_, index) => `id${index}: id`)
  return `{ Articles { docs { ${ids.join(' ')} } } }`
}
