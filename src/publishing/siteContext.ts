import { publicationContext } from '../domain/publishing'
import type { PublicationContext } from '../domain/publishing'
import { serverUrl, siteName, siteUrl } from '../settings'

type Env = Record<string, string | undefined>

/**
 * The publication the outputs describe: readers' pages on SITE_URL, items identified by their
 * address on this CMS's API (SERVER_URL), which stays put when the front end moves.
 */
export const siteContext = (env: Env = process.env): PublicationContext =>
  publicationContext({ siteName: siteName(env), siteUrl: siteUrl(env), apiUrl: serverUrl(env) })
