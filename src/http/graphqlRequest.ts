import { Kind, parse, valueFromASTUntyped } from 'graphql'
import type { DocumentNode, FieldNode } from 'graphql'
import { isRecord } from '../domain/isRecord'

export interface GraphQLField {
  node: FieldNode
  name: string
  /** Argument values with variables filled in, as the resolver will get them. */
  args: Record<string, unknown>
  operation: 'query' | 'mutation' | 'subscription' | 'fragment'
}

type Selections = NonNullable<FieldNode['selectionSet']>['selections']

/** How large a document may be before it is parsed, and how many tokens the parser reads. */
export interface DocumentLimits {
  maxLength: number
  maxTokens: number
}

export type ReadGraphQL =
  { document: DocumentNode; variables: Record<string, unknown> } | { problem: string } | undefined

/**
 * The document and variables of a GraphQL request (JSON by POST, or `query` and `variables` in a
 * GET's query string), read from a clone so the handler still gets the body. A document over the
 * limits is a `problem`, found before parsing it whole. Undefined when the request is not readable
 * as GraphQL: the GraphQL handler itself then says what is wrong.
 */
export const readGraphQLRequest = async (
  request: Request,
  limits?: DocumentLimits,
): Promise<ReadGraphQL> => {
  try {
    let query: unknown
    let variables: unknown
    if (request.method === 'GET') {
      const params = new URL(request.url).searchParams
      query = params.get('query')
      const raw = params.get('variables')
      variables = raw ? JSON.parse(raw) : {}
    } else {
      const body: unknown = await request.clone().json()
      if (!isRecord(body)) return undefined
      query = body.query
      variables = body.variables ?? {}
    }
    if (typeof query !== 'string' || !isRecord(variables)) return undefined
    if (limits && query.length > limits.maxLength) {
      return {
        problem: `The query is ${query.length} characters long; at most ${limits.maxLength}. Ask for less in one request, or split it.`,
      }
    }
    try {
      return { document: parse(query, limits && { maxTokens: limits.maxTokens }), variables }
    } catch (error) {
      const message = error instanceof Error ? error.message : ''
      if (limits && /contains more th\w+ \d+ tokens/i.test(message)) {
        return {
          problem: `The query has more than ${limits.maxTokens} tokens (names, brackets, values); ask for less in one request, or split it.`,
        }
      }
      return undefined
    }
  } catch {
    return undefined
  }
}

/** Every field anywhere in the document (fragments included) that is given arguments. */
export const fieldsWithArguments = (
  document: DocumentNode,
  variables: Record<string, unknown>,
): GraphQLField[] => {
  const found: GraphQLField[] = []
  const visit = (field: FieldNode, operation: GraphQLField['operation']) => {
    if (field.arguments?.length) {
      const args: Record<string, unknown> = {}
      for (const argument of field.arguments) {
        args[argument.name.value] = valueFromASTUntyped(argument.value, variables)
      }
      found.push({ node: field, name: field.name.value, args, operation })
    }
    for (const selection of field.selectionSet?.selections ?? []) walk(selection, operation)
  }
  const walk = (selection: Selections[number], operation: GraphQLField['operation']) => {
    if (selection.kind === Kind.FIELD) visit(selection, operation)
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      for (const inner of selection.selectionSet.selections) walk(inner, operation)
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      for (const selection of definition.selectionSet.selections) {
        walk(selection, definition.operation)
      }
    } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      for (const selection of definition.selectionSet.selections) walk(selection, 'fragment')
    }
  }
  return found
}

const topLevelFieldNames = (selections: Selections): string[] =>
  selections.flatMap((selection) =>
    selection.kind === Kind.FIELD
      ? [selection.name.value]
      : selection.kind === Kind.INLINE_FRAGMENT
        ? topLevelFieldNames(selection.selectionSet.selections)
        : [],
  )

/**
 * The names of the top-level fields of the document's mutations, each time one appears: aliases
 * and fragments on Mutation do not hide a field asked for twice.
 */
export const mutationFields = (document: DocumentNode): string[] =>
  document.definitions.flatMap((definition) => {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation') {
      return topLevelFieldNames(definition.selectionSet.selections)
    }
    if (
      definition.kind === Kind.FRAGMENT_DEFINITION &&
      definition.typeCondition.name.value === 'Mutation'
    ) {
      return topLevelFieldNames(definition.selectionSet.selections)
    }
    return []
  })

/**
 * Mistakes graphql-http answers with an empty 500 (it meets them outside execution) or that make
 * a validation rule recurse without end: a subscription (this schema has none), fragments that
 * spread each other in a cycle, and `@skip`/`@include` given anything but a Boolean.
 */
export const documentProblems = (
  document: DocumentNode,
  variables: Record<string, unknown>,
): string[] => {
  const problems: string[] = []
  const spreads = new Map<string, string[]>()
  const collect = (node: unknown, into: string[]): void => {
    if (Array.isArray(node)) {
      for (const item of node) collect(item, into)
      return
    }
    if (typeof node !== 'object' || node === null) return
    const { kind } = node as { kind?: string }
    if (kind === Kind.FRAGMENT_SPREAD) into.push((node as { name: { value: string } }).name.value)
    if (kind === Kind.DIRECTIVE) {
      const directive = node as {
        name: { value: string }
        arguments?: Array<{ name: { value: string }; value: unknown }>
      }
      if (directive.name.value === 'skip' || directive.name.value === 'include') {
        for (const argument of directive.arguments ?? []) {
          const value = valueFromASTUntyped(argument.value as never, variables)
          if (typeof value !== 'boolean') {
            problems.push(
              `@${directive.name.value}(${argument.name.value}:) must be true or false, got ${JSON.stringify(value)}`,
            )
          }
        }
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') collect(value, into)
  }
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription') {
      problems.push('Subscriptions are not supported: use a query')
    }
    const into: string[] = []
    collect(definition, into)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) spreads.set(definition.name.value, into)
  }
  // A fragment that reaches itself through its spreads.
  const reachesItself = (start: string): boolean => {
    const seen = new Set<string>()
    const stack = [...(spreads.get(start) ?? [])]
    while (stack.length > 0) {
      const name = stack.pop()!
      if (name === start) return true
      if (seen.has(name)) continue
      seen.add(name)
      stack.push(...(spreads.get(name) ?? []))
    }
    return false
  }
  for (const name of spreads.keys()) {
    if (reachesItself(name)) problems.push(`Fragment "${name}" spreads itself through a cycle`)
  }
  return problems
}
