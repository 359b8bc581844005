/**
 * The editor stores rich text as a Lexical document. Importers and tests build one from plain
 * paragraphs, and readers' plain-text outputs read it back; both directions live here.
 */
export interface RichTextNode {
  type: string
  version: number
  text?: string
  children?: RichTextNode[]
  [key: string]: unknown
}

export interface RichTextDocument {
  root: RichTextNode & { children: RichTextNode[] }
}

const textNode = (text: string): RichTextNode => ({
  type: 'text',
  version: 1,
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
})

const paragraphNode = (text: string): RichTextNode => ({
  type: 'paragraph',
  version: 1,
  children: [textNode(text)],
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
})

export const richTextFromParagraphs = (paragraphs: readonly string[]): RichTextDocument => ({
  root: {
    type: 'root',
    version: 1,
    children: paragraphs.map(paragraphNode),
    direction: 'ltr',
    format: '',
    indent: 0,
  },
})

const nodeText = (node: RichTextNode): string =>
  node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(nodeText).join('')

/** One string per top-level block (paragraph, heading, quote), empty blocks dropped. */
export const paragraphsFromRichText = (document: RichTextDocument | null | undefined): string[] =>
  (document?.root?.children ?? []).map(nodeText).filter((text) => text.trim() !== '')

export const isRichTextEmpty = (document: RichTextDocument | null | undefined): boolean =>
  paragraphsFromRichText(document).length === 0

/**
 * The ids of the `relationTo` documents a Lexical document embeds as upload nodes (images in a
 * story's body), in order, each once. A node read at depth holds the document; else its id.
 */
export const uploadsInRichText = (
  document: RichTextDocument | null | undefined,
  relationTo: string,
): Array<number | string> => {
  const found: Array<number | string> = []
  const visit = (node: RichTextNode | undefined): void => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'upload' && node.relationTo === relationTo) {
      const value = node.value as unknown
      const id =
        value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
      if ((typeof id === 'number' || typeof id === 'string') && !found.includes(id)) found.push(id)
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(document?.root)
  return found
}
