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
