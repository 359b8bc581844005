import { GraphQL } from '@payloadcms/graphql/types'
import type {
  FieldNode,
  GraphQLField,
  GraphQLNamedType,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql'

// Payload's copy of graphql (see maxDepthRule.ts): its handler reports only its own GraphQLError.
const { GraphQLError, Kind, getNamedType, isObjectType, isInterfaceType, valueFromAST } = GraphQL

/** Payload's page size when a list or join is asked without `limit`. */
export const DEFAULT_PAGE = 10

type Variables = Record<string, unknown> | null | undefined

const isPaginated = (type: GraphQLNamedType): boolean =>
  (isObjectType(type) || isInterfaceType(type)) && 'docs' in type.getFields()

/** The rows a list field reads: its `limit` (variables filled in), or Payload's default page. */
const rowsOf = (node: FieldNode, field: GraphQLField<unknown, unknown>, variables: Variables) => {
  const argument = node.arguments?.find((each) => each.name.value === 'limit')
  const definition = field.args.find((each) => each.name === 'limit')
  if (!argument || !definition) return DEFAULT_PAGE
  const value = valueFromAST(argument.value, definition.type, variables ?? undefined)
  return typeof value === 'number' && value > 0 ? value : DEFAULT_PAGE
}

/**
 * The cost of a selection: every field 1, aliases each counted, and what a list selects counted
 * once per row it may read (its `limit`). `{ Articles(limit: 100) { docs { id headline } } }`
 * costs 1 + 100 × (1 + 2) = 301; the same under 50 aliases, fifty times that.
 */
const costOf = (
  selectionSet: SelectionSetNode | undefined,
  type: GraphQLNamedType | undefined,
  context: ValidationContext,
  variables: Variables,
  fragments: Map<string, number>,
): number => {
  if (!selectionSet || !type) return 0
  let cost = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue
      const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {}
      const field = fields[selection.name.value]
      if (!field) continue
      const inner = getNamedType(field.type)
      const rows = isPaginated(inner) ? rowsOf(selection, field, variables) : 1
      cost += 1 + rows * costOf(selection.selectionSet, inner, context, variables, fragments)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition
        ? context.getSchema().getType(selection.typeCondition.name.value)
        : type
      cost += costOf(selection.selectionSet, condition ?? type, context, variables, fragments)
    } else {
      const name = selection.name.value
      const known = fragments.get(name)
      if (known !== undefined) {
        cost += known
        continue
      }
      // Cycles are GraphQL's own rules to report; here a fragment met again costs nothing more.
      fragments.set(name, 0)
      const fragment = context.getFragment(name)
      const condition = fragment && context.getSchema().getType(fragment.typeCondition.name.value)
      const found = fragment
        ? costOf(fragment.selectionSet, condition ?? type, context, variables, fragments)
        : 0
      fragments.set(name, found)
      cost += found
    }
  }
  return cost
}

/**
 * Refuses an operation whose cost, counted in rows as above, is over `maxCost`: Payload's own
 * complexity counts each field once, so one query could read 100 rows under each of many
 * aliases, and lists in lists multiply.
 */
export const listCostRule =
  (maxCost: number, variables: Variables): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema()
      const root =
        operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
      const cost = costOf(operation.selectionSet, root ?? undefined, context, variables, new Map())
      if (cost <= maxCost) return
      context.reportError(
        new GraphQLError(
          `The query costs ${cost}, over the ceiling of ${maxCost}: each field counts once per ` +
            'document it may be read for (a list counts its limit, 10 by default, and each alias ' +
            'counts again). Ask for smaller pages, fewer aliases or fewer nested lists.',
          { nodes: [operation] },
        ),
      )
    },
  })
