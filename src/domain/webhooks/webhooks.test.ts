import { describe, expect, it } from 'vitest'

import { verifyWebhook } from '../../../docs/examples/verifyWebhook'
import { deliveryBody } from './deliveryBody'
import { endpointUrlProblem } from './endpointUrl'
import { carriesStory, WEBHOOK_EVENTS } from './events'
import { signatureHeader } from './signature'

describe('an endpoint URL', () => {
  it.each([
    ['https://hooks.example.com/newsroom', null],
    ['http://127.0.0.1:8080/hook?site=1', null],
    ['ftp://example.com/drop', /http or https only, not ftp:/],
    ['file:///etc/passwd', /not file:/],
    ['gopher://127.0.0.1:6379/_FLUSHALL', /not gopher:/],
    ['javascript:alert(1)', /not javascript:/],
    ['data:text/plain,hi', /not data:/],
    ['https://user:pass@example.com/', /Leave credentials out/],
    ['example.com/hook', /not a URL/],
    ['', /Give the URL/],
    [42, /Give the URL/],
    [`https://example.com/${'x'.repeat(2000)}`, /longer than 2000/],
  ])('%j → %s', (url, problem) => {
    const found = endpointUrlProblem(url)
    if (problem === null) expect(found).toBeNull()
    else expect(found).toMatch(problem)
  })
})

describe('a delivery signature', () => {
  const secret = 'a-secret-of-at-least-twenty-four-characters'
  const body = '{"id":"d1","event":"published"}'
  const now = Date.UTC(2026, 2, 1, 12, 0, 0)
  const timestamp = now / 1000

  it('is verified by the snippet in docs/webhooks.md', () => {
    expect(verifyWebhook(secret, signatureHeader(secret, timestamp, body), body, now)).toBe(true)
  })

  it.each([
    [
      'another secret',
      () => [signatureHeader('another-secret-entirely-0123456789', timestamp, body), body, now],
    ],
    ['a changed body', () => [signatureHeader(secret, timestamp, body), `${body} `, now]],
    [
      'a changed timestamp',
      () => [
        signatureHeader(secret, timestamp, body).replace(/^t=\d+/, `t=${timestamp + 1}`),
        body,
        now,
      ],
    ],
    [
      'an old delivery sent again',
      () => [signatureHeader(secret, timestamp, body), body, now + 301_000],
    ],
    ['no header', () => [undefined, body, now]],
    ['a header of nonsense', () => ['v1=zz,t=x', body, now]],
  ])('fails with %s', (_label, given) => {
    const [header, rawBody, at] = given() as [string | undefined, string, number]
    expect(verifyWebhook(secret, header, rawBody, at)).toBe(false)
  })
})

describe('a delivery body', () => {
  it('carries the story as readers see it, or its id and slug only', () => {
    const base = { id: 'd1', occurredAt: '2026-03-01T12:00:00.000Z', story: 7, slug: 'a-story' }
    expect(
      JSON.parse(deliveryBody({ ...base, event: 'published', shown: { headline: 'A story' } })),
    ).toEqual({
      id: 'd1',
      event: 'published',
      occurredAt: base.occurredAt,
      story: { id: 7, slug: 'a-story', headline: 'A story' },
    })
    expect(JSON.parse(deliveryBody({ ...base, event: 'deleted' }))).toEqual({
      id: 'd1',
      event: 'deleted',
      occurredAt: base.occurredAt,
      story: { id: 7, slug: 'a-story' },
    })
  })

  it('sends a story no longer shown with no text for every event', () => {
    expect(WEBHOOK_EVENTS.filter((event) => !carriesStory(event))).toEqual([
      'unpublished',
      'deleted',
    ])
  })
})
