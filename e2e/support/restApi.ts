/** Sets the scene over REST as a signed-in account, so a browser test starts where it matters. */
export const restAs = async (baseURL: string, account: { email: string; password: string }) => {
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  })
  if (!login.ok) throw new Error(`${account.email} could not log in: ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }
  return async <T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> => {
    const response = await fetch(`${baseURL}/api${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`)
    return JSON.parse(text) as T
  }
}

export type Rest = Awaited<ReturnType<typeof restAs>>

/** The id of the one record with this slug. */
export const idBySlug = async (rest: Rest, collection: string, slug: string): Promise<number> => {
  const { docs } = await rest<{ docs: { id: number }[] }>(
    'GET',
    `/${collection}?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&draft=true`,
  )
  if (docs.length !== 1) throw new Error(`expected one ${collection} with slug ${slug}`)
  return docs[0]!.id
}
