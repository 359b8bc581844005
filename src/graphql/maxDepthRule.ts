import { GraphQL } from '@payloadcms/graphql/types'
import type { FieldNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql'

// Payload's copy of graphql, not ours: the HTTP handler only reports errors that are instances of
// the GraphQLError class it loaded, and a bundler may resolve a bare 'graphql' import differently.
const { GraphQLError, Kind } = GraphQL

interface DeepestField {
  depth: number
  /** Field names from the top of the operation down to the deepest field. */
  path: string[]
  node?: FieldNode
}

const NOTHING: DeepestField = { depth: 0, path: [] }

/**
 * The deepest field under a selection set, the top-level field counting as 1. Introspection fields
 * are not counted: the playground's own schema query is deep by design and costs nothing to answer.
 */
const deepestField = (
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  fragments: Map<string, DeepestField>,
): DeepestField => {
  let deepest = NOTHING
  for (const selection of selectionSet.selections) {
    let candidate = NOTHING
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue
      const below = selection.selectionSet
        ? deepestField(selection.selectionSet, context, fragments)
        : NOTHING
      candidate = {
        depth: below.depth + 1,
        path: [selection.name.value, ...below.path],
        node: below.node ?? selection,
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      candidate = deepestField(selection.selectionSet, context, fragments)
    } else {
      candidate = deepestInFragment(selection.name.value, context, fragments)
    }
    if (candidate.depth > deepest.depth) deepest = candidate
  }
  return deepest
}

/** Each fragment is measured once, so a fragment spread many times cannot make this slow. */
const deepestInFragment = (
  name: string,
  context: ValidationContext,
  fragments: Map<string, DeepestField>,
): DeepestField => {
  const known = fragments.get(name)
  if (known) return known
  const fragment = context.getFragment(name)
  // Unknown fragments and fragment cycles are reported by GraphQL's own rules.
  fragments.set(name, NOTHING)
  if (!fragment) return NOTHING
  const deepest = deepestField(fragment.selectionSet, context, fragments)
  fragments.set(name, deepest)
  return deepest
}

/**
 * Refuses an operation nested deeper than `maxDepth` fields (`{ Articles { docs { headline } } }`
 * is 3 deep), naming the limit, the depth found and where, so the client knows what to cut.
 */
export const maxDepthRule =
  (maxDepth: number): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const deepest = deepestField(operation.selectionSet, context, new Map())
      if (deepest.depth <= maxDepth) return
      context.reportError(
        new GraphQLError(
          `The query exceeds the maximum depth of ${maxDepth}. Actual depth is ${deepest.depth}, ` +
            `at ${deepest.path.join(' > ')}. Ask for fewer nested levels, or fetch the deeper ` +
            'documents in a second query by their id.',
          { nodes: deepest.node ? [deepest.node] : [] },
        ),
      )
    },
  })
