import { isIP } from 'node:net'

/**
 * Which proxies in front of the CMS may name the client's address (X-Forwarded-For), as
 * Express's `trust proxy` takes it: a number of hops, a list of addresses and ranges, or none.
 * `true` (trust every hop) is refused: any client could then name any address and escape the
 * rate limits.
 */
export type TrustProxy = false | number | string[]

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal'])

const isAddressOrRange = (entry: string): boolean => {
  if (NAMED_RANGES.has(entry)) return true
  const [address = '', prefix, ...rest] = entry.split('/')
  const version = isIP(address)
  if (version === 0 || rest.length > 0) return false
  if (prefix === undefined) return true
  if (version === 4 && isIP(prefix) === 4) return true // a netmask, 255.255.255.0
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128)
}

export const parseTrustProxy = (text: string): { value: TrustProxy } | { problem: string } => {
  const value = text.trim().toLowerCase()
  if (['false', 'off', 'none', '0'].includes(value)) return { value: false }
  if (/^\d+$/.test(value)) return { value: Number(value) }
  if (value === 'true') {
    return {
      problem:
        'TRUST_PROXY=true would trust any client to name its own address; give the number of proxies in front of the CMS (e.g. 1) or their addresses',
    }
  }
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const wrong = entries.filter((entry) => !isAddressOrRange(entry))
  if (entries.length === 0 || wrong.length > 0) {
    return {
      problem: `TRUST_PROXY must be a number of proxies (e.g. 1), addresses or ranges (e.g. 10.0.0.0/8, loopback), or off; "${wrong.join(', ') || text}" is none of these`,
    }
  }
  return { value: entries }
}
