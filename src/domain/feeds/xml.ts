import { escapeHtml } from '../publishing/escapeHtml'

/** An XML element as data; `renderXml` escapes every text and attribute value in it. */
export interface XmlElement {
  name: string
  /** Attributes in order; an undefined value leaves the attribute out. */
  attributes?: Record<string, number | string | undefined>
  /** Elements and text; undefined entries are left out, so optional parts read as a list. */
  children?: ReadonlyArray<XmlElement | string | undefined>
}

export const element = (
  name: string,
  attributes: XmlElement['attributes'] = {},
  children: XmlElement['children'] = [],
): XmlElement => ({ name, attributes, children })

/** An element holding one text, or undefined (so left out) when there is no text to hold. */
export const textElement = (
  name: string,
  text: number | string | undefined,
  attributes: XmlElement['attributes'] = {},
): XmlElement | undefined =>
  text === undefined || text === '' ? undefined : element(name, attributes, [String(text)])

// Characters XML 1.0 does not allow anywhere, even escaped: most C0 controls, lone surrogates,
// U+FFFE and U+FFFF. A headline pasted from a word processor can carry them.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text safe in XML content or a quoted attribute: escaped, and stripped of what XML forbids. */
export const xmlText = (text: string): string => escapeHtml(text.replace(NOT_XML, ''))

const renderAttributes = (attributes: XmlElement['attributes'] = {}): string =>
  Object.entries(attributes)
    .flatMap(([name, value]) =>
      value === undefined ? [] : [` ${name}="${xmlText(String(value))}"`],
    )
    .join('')

const renderElement = (node: XmlElement, indent: string): string => {
  const open = `${node.name}${renderAttributes(node.attributes)}`
  const children = (node.children ?? []).filter((child) => child !== undefined)
  if (children.length === 0) return `${indent}<${open}/>`
  // Text stays on the element's line; only elements holding elements are laid out one per line.
  if (children.every((child) => typeof child === 'string')) {
    return `${indent}<${open}>${children.map(xmlText).join('')}</${node.name}>`
  }
  const inner = children.map((child) =>
    typeof child === 'string'
      ? `${indent}  ${xmlText(child)}`
      : renderElement(child, `${indent}  `),
  )
  return `${indent}<${open}>\n${inner.join('\n')}\n${indent}</${node.name}>`
}

/** A whole UTF-8 XML document with `root` as its document element. */
export const renderXml = (root: XmlElement): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${renderElement(root, '')}\n`
