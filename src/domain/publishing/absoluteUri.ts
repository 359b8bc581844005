/**
 * The URL in the normalised form RFC 3986 accepts (spaces and non-ASCII percent-encoded), or
 * undefined when it is relative or not a URL: both outputs require absolute URIs.
 */
export const absoluteUri = (value: string | null | undefined): string | undefined => {
  if (!value?.trim()) return undefined
  try {
    return new URL(value.trim()).href
  } catch {
    return undefined
  }
}
