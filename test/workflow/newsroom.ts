import type { Payload } from 'payload'
import sharp from 'sharp'
import type TestAgent from 'supertest/lib/agent.js'

import { richTextFromParagraphs } from '../../src/domain/richText'
import type { Article, User } from '../../src/payload-types'
import { authHeader, graphql, login } from '../support/api'
import { createStaff, createUser } from '../support/users'

/** What a story needs around it: a section, something to tag it with, a credited photo. */
export interface Registry {
  section: number
  tag: number
  person: number
  organization: number
  image: number
  uncreditedImage: number
}

export interface Staff {
  admin: User
  editor: User
  writer: User
  otherWriter: User
}

export type Role = keyof Staff

export interface Newsroom {
  staff: Staff
  tokens: Record<Role, string>
  registry: Registry
}

const png = () =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()

/** A small PNG uploaded as staff would, with the given fields; its id. */
export const createImage = async (
  payload: Payload,
  name: string,
  data: Record<string, unknown>,
) => {
  const buffer = await png()
  const media = await payload.create({
    collection: 'media',
    data: data as { alt: string },
    file: { data: buffer, mimetype: 'image/png', name, size: buffer.length },
  })
  return media.id
}

/** Staff accounts with their tokens, and a small registry, created as an admin would. */
export const openNewsroom = async (payload: Payload, http: TestAgent): Promise<Newsroom> => {
  const created = await createStaff(payload)
  const staff = {
    ...created,
    otherWriter: await createUser(payload, 'writer', 'writer2@newsroom.test'),
  }
  const tokens = {
    admin: await login(http, staff.admin.email),
    editor: await login(http, staff.editor.email),
    writer: await login(http, staff.writer.email),
    otherWriter: await login(http, staff.otherWriter.email),
  }
  const run = Math.random().toString(36).slice(2, 8)
  const registry: Registry = {
    section: (await payload.create({ collection: 'sections', data: { name: `World ${run}` } })).id,
    tag: (
      await payload.create({
        collection: 'tags',
        data: { name: `missile defense ${run}`, kind: 'topic' },
      })
    ).id,
    person: (await payload.create({ collection: 'people', data: { name: `Sergey Lavrov ${run}` } }))
      .id,
    organization: (
      await payload.create({
        collection: 'organizations',
        data: { name: `NATO ${run}`, kind: 'alliance' },
      })
    ).id,
    image: await createImage(payload, `ministers-${run}.png`, {
      alt: 'Ministers at NATO headquarters',
      creditLine: 'EPA/BGNES',
    }),
    uncreditedImage: await createImage(payload, `uncredited-${run}.png`, { alt: 'A handshake' }),
  }
  return { staff, tokens, registry }
}

let counter = 0

/** A story that passes every content gate. */
export const readyStory = (registry: Registry, headline?: string) => {
  counter += 1
  return {
    headline: headline ?? `NATO, Russia Still at Odds ${counter}`,
    body: richTextFromParagraphs([
      'NATO Foreign Ministers have failed to make headway.',
    ]) as unknown as Article['body'],
    section: registry.section,
    tags: [registry.tag],
    people: [registry.person],
    leadImage: registry.image,
  }
}

/** Files a story as `role` would and moves it to `stage` as the system, skipping the review. */
export const storyAt = async (
  payload: Payload,
  newsroom: Newsroom,
  stage: NonNullable<Article['workflowStage']>,
  { owner = 'writer', data = {} }: { owner?: Role; data?: Record<string, unknown> } = {},
): Promise<Article> => {
  const story = await payload.create({
    collection: 'articles',
    data: { ...readyStory(newsroom.registry), ...data },
    draft: true,
    overrideAccess: false,
    user: newsroom.staff[owner],
  })
  if (stage === 'draft') return story
  if (stage === 'unpublished') {
    await payload.update({ collection: 'articles', id: story.id, data: { _status: 'published' } })
    return payload.update({ collection: 'articles', id: story.id, data: { _status: 'draft' } })
  }
  const extra =
    stage === 'scheduled' ? { publishAt: new Date(Date.now() + 3_600_000).toISOString() } : {}
  return payload.update({
    collection: 'articles',
    id: story.id,
    data: { workflowStage: stage, workflowNote: 'Set up by the test', ...extra },
    draft: stage !== 'published',
  })
}

export type Api = 'REST' | 'GraphQL' | 'Local API'
export const APIS: Api[] = ['REST', 'GraphQL', 'Local API']

export interface WriteResult {
  status: number
  message: string
  doc?: Partial<Article>
}

const gqlStatus = (errors: Array<{ extensions?: Record<string, unknown> }> | undefined): number =>
  Number(errors?.[0]?.extensions?.statusCode ?? 500)

/**
 * Updates an article as `role` through one of the three APIs, with access enforced, and reports
 * the HTTP status the client saw (the Local API's error status) and the message.
 */
export const updateAs = async (
  context: { payload: Payload; http: TestAgent; newsroom: Newsroom },
  api: Api,
  role: Role,
  id: number,
  data: Record<string, unknown>,
  { draft = false, ifMatch }: { draft?: boolean; ifMatch?: string } = {},
): Promise<WriteResult> => {
  const { payload, http, newsroom } = context
  if (api === 'REST') {
    const request = http
      .patch(`/api/articles/${id}${draft ? '?draft=true' : ''}`)
      .set(authHeader(newsroom.tokens[role]))
    if (ifMatch) request.set('If-Match', ifMatch)
    const response = await request.send(data)
    return {
      status: response.status,
      message: response.body.errors?.[0]?.message ?? '',
      doc: response.body.doc,
    }
  }
  if (api === 'GraphQL') {
    const request = http
      .post('/api/graphql')
      .set(authHeader(newsroom.tokens[role]))
      .set('Content-Type', 'application/json')
    if (ifMatch) request.set('If-Match', ifMatch)
    const response = await request.send({
      query: `mutation ($id: Int!, $data: mutationArticleUpdateInput!, $draft: Boolean) {
        updateArticle(id: $id, data: $data, draft: $draft) { id workflowStage _status updatedAt }
      }`,
      variables: { id, data, draft },
    })
    const errors = response.body.errors
    return errors
      ? { status: gqlStatus(errors), message: errors[0].message }
      : { status: 200, message: '', doc: response.body.data.updateArticle }
  }
  try {
    const doc = await payload.update({
      collection: 'articles',
      id,
      data,
      draft,
      overrideAccess: false,
      user: newsroom.staff[role],
      context: ifMatch ? { ifMatch } : {},
    })
    return { status: 200, message: '', doc }
  } catch (error) {
    const { status, message } = error as { status?: number; message: string }
    return { status: status ?? 500, message }
  }
}

export { graphql }

/** The article as a staff member sees its latest version. */
export const latest = (payload: Payload, id: number) =>
  payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
