/** The longest endpoint URL accepted. */
const MAX_URL_LENGTH = 2000

/**
 * Why a webhook endpoint's URL is refused, or null. Only http and https: a `file:`, `ftp:`,
 * `gopher:` or `data:` URL could make the server read or send what it should not. Credentials in
 * the URL would be shown to every admin who opens the endpoint: the secret signs instead. Where
 * the URL may point (not at the server's own network) is for the deployment's egress rules to
 * decide (docs/webhooks.md).
 */
export const endpointUrlProblem = (value: unknown): null | string => {
  if (typeof value !== 'string' || value.trim() === '') return 'Give the URL deliveries are sent to'
  if (value.length > MAX_URL_LENGTH) return `The URL is longer than ${MAX_URL_LENGTH} characters`
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'This is not a URL (it should look like https://example.com/hooks/newsroom)'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `Deliveries go over http or https only, not ${url.protocol}`
  }
  if (url.username || url.password) return 'Leave credentials out of the URL: the secret signs'
  if (url.hostname === '') return 'The URL needs a host'
  return null
}
