/**
 * The ceilings every GraphQL query must stay under, checked before anything runs. Complexity is
 * Payload's: each field costs 1, each relationship, upload or join 10 plus what it selects.
 * The guide's largest example (docs/graphql.md) stays well under both.
 */
export const MAX_QUERY_COMPLEXITY = 600

/** Fields nested in fields: `{ Articles { docs { headline } } }` is 3 deep. */
export const MAX_QUERY_DEPTH = 10
