import { escapeHtml } from '../publishing/escapeHtml'

/** Markup already built (and escaped) by these helpers: inserted as it is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/** Markup the caller vouches for (a fixed string of this module's own), never text from content. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup)

/** What may be interpolated: text is escaped, markup kept, lists joined, nothing else printed. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | HtmlValue[]

const render = (value: HtmlValue): string => {
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === null || value === undefined || value === false) return ''
  return escapeHtml(String(value))
}

/**
 * A template tag that escapes every interpolated value unless it is SafeHtml: a page is built
 * from content that editors and wires wrote, so escaping is the default, not a step to remember.
 * (Not named `html`: Prettier would reformat the markup inside, and so the bytes served.)
 */
export const markup = (strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml =>
  new SafeHtml(strings.reduce((out, part, index) => out + render(values[index - 1]) + part))

/** An attribute list from a record: absent values are left out, `true` is a bare attribute. */
export const attributes = (
  values: Record<string, string | number | boolean | null | undefined>,
): SafeHtml =>
  raw(
    Object.entries(values)
      .filter(([, value]) => value !== undefined && value !== null && value !== false)
      .map(([name, value]) =>
        value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`,
      )
      .join(''),
  )

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written as `\u003c`, so no text in
 * the data can close the script element or open a comment.
 */
export const jsonForScript = (data: unknown): SafeHtml =>
  raw(JSON.stringify(data).replace(/</g, '\\u003c'))

/** Items with a separator between each two, e.g. tags listed "a, b, c". */
export const joined = (items: HtmlValue[], separator: HtmlValue): HtmlValue[] =>
  items.flatMap((item, index) => (index === 0 ? [item] : [separator, item]))
