/** What a reader's front end sees: an anonymous GraphQL query, no cookie, no token. */
export const anonymousHeadlines = async (baseURL: string, slug: string): Promise<string[]> => {
  const response = await fetch(`${baseURL}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query:
        'query ($slug: String!) { Articles(where: { slug: { equals: $slug } }) { docs { headline } } }',
      variables: { slug },
    }),
  })
  const body = (await response.json()) as {
    data?: { Articles: { docs: { headline: string }[] } }
    errors?: unknown
  }
  if (!response.ok || body.errors) {
    throw new Error(`GraphQL answered ${response.status}: ${JSON.stringify(body)}`)
  }
  return body.data!.Articles.docs.map((doc) => doc.headline)
}
